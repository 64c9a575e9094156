package dev.eventlake.api.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.eventlake.api.imports.S3Settings;
import dev.eventlake.api.signing.HashSignature;
import dev.eventlake.api.signing.SigningKeys;
import dev.eventlake.query.service.DeliveryJob;
import dev.eventlake.query.service.DeliveryOutcome;
import dev.eventlake.query.service.ResultDelivery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Delivers a FINISHED query's results: gzip CSV files staged and hashed, sent to the destination folder
 * {@code AWSLogs/<account>/CloudTrail-Lake/Query/YYYY/MM/DD/<query-id>/}, then the signed {@code result_sign.json}
 * last, so a complete sign file means complete results.
 */
public final class ResultExporter implements ResultDelivery {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final DeliverySettings settings;
  private final DeliveryDestinations destinations;
  private final S3Settings s3;
  private final SigningKeys keys;
  private final String accountId;
  private final String region;
  private final Clock clock;

  public ResultExporter(DeliverySettings settings, S3Settings s3, SigningKeys keys, String accountId, String region,
      Clock clock) {
    this.settings = settings;
    this.destinations = new DeliveryDestinations(settings.fileRoots());
    this.s3 = s3;
    this.keys = keys;
    this.accountId = accountId;
    this.region = region;
    this.clock = clock;
  }

  @Override
  public void check(String destination) {
    destinations.parse(destination);
  }

  @Override
  public DeliveryOutcome deliver(DeliveryJob job) {
    String folder = ExportLayout.folder(accountId, job.queryEndTime(), job.queryId());
    List<StagedFile> staged;
    DeliveryDestination destination;
    try {
      destination = destinations.parse(job.destination());
      staged = CsvResultFiles.write(job.stagingDirectory(), job.labels(), job.rows(), settings.maxFileBytes());
    } catch (IOException | RuntimeException failure) {
      return DeliveryFailures.results(job.destination(), unwrap(failure), null);
    }
    String location = null;
    try (DeliveryTarget target = open(destination, folder)) {
      location = target.location();
      for (StagedFile file : staged) {
        target.put(file.name(), file.path());
      }
      return sendSignFile(target, job.destination(), staged);
    } catch (IOException | RuntimeException failure) {
      return DeliveryFailures.results(job.destination(), unwrap(failure), location);
    }
  }

  private DeliveryOutcome sendSignFile(DeliveryTarget target, String destination, List<StagedFile> staged) {
    try {
      target.put(ExportLayout.SIGN_FILE, JSON.writeValueAsBytes(signFile(staged)));
      return DeliveryOutcome.success(target.location());
    } catch (IOException | RuntimeException failure) {
      return DeliveryFailures.signFile(destination, unwrap(failure), target.location());
    }
  }

  /** The sign file of {@code staged}, signed now with the current key. */
  private SignFile signFile(List<StagedFile> staged) throws JsonProcessingException {
    List<SignFile.FileHash> hashes = staged.stream()
        .map(file -> new SignFile.FileHash(file.sha256(), file.name())).toList();
    HashSignature signature = keys.sign(SignFile.signedText(hashes));
    String completed = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    return new SignFile(SignFile.VERSION, region, hashes, SignFile.HASH_ALGORITHM, SignFile.SIGNATURE_ALGORITHM,
        completed, signature.hex(), signature.fingerprint());
  }

  private DeliveryTarget open(DeliveryDestination destination, String folder) throws IOException {
    if (destination instanceof DeliveryDestination.Bucket bucket) {
      return new BucketTarget(s3, bucket, folder);
    }
    DeliveryDestination.Folder local = (DeliveryDestination.Folder) destination;
    return FolderTarget.open(destinations.realFolder(local), local.uri(), folder);
  }

  private static Exception unwrap(Exception failure) {
    return failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
  }
}
