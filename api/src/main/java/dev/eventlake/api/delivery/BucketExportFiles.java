package dev.eventlake.api.delivery;

import dev.eventlake.api.imports.S3Clients;
import dev.eventlake.api.imports.S3Settings;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/** A delivered query folder in a bucket, {@code s3://bucket/prefix/…/<query-id>/}, read with the AWS SDK. */
public final class BucketExportFiles implements ExportFiles {
  private final S3Client client;
  private final String bucket;
  private final String prefix;

  /** @throws LakeException InvalidS3BucketNameException or InvalidParameterException for a malformed URI */
  public BucketExportFiles(S3Settings settings, String uri) {
    DeliveryDestination parsed = new DeliveryDestinations(List.of()).parse(uri);
    if (!(parsed instanceof DeliveryDestination.Bucket folder)) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "'%s' is not an s3://bucket/prefix URI.", uri);
    }
    this.client = S3Clients.create(settings, null);
    this.bucket = folder.bucket();
    this.prefix = folder.prefix();
  }

  @Override
  public String location() {
    return "s3://" + bucket + "/" + prefix;
  }

  @Override
  public List<String> names() {
    return client.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix).delimiter("/"))
        .contents().stream().map(S3Object::key).map(key -> key.substring(prefix.length())).sorted().toList();
  }

  @Override
  public InputStream open(String name) throws NoSuchFileException {
    try {
      return client.getObject(request -> request.bucket(bucket).key(prefix + name));
    } catch (NoSuchKeyException missing) {
      throw new NoSuchFileException(location() + name);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
