package dev.eventlake.api.imports;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.ingest.ImportRange;
import java.nio.file.Path;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An {@code s3://bucket/prefix} source read through the AWS SDK: objects are listed page by page and downloaded one
 * at a time to the staging folder of the batch being imported.
 */
final class S3LogSource implements LogSource {
  private final S3Client client;
  private final S3Location location;

  private S3LogSource(S3Client client, S3Location location) {
    this.client = client;
    this.location = location;
  }

  /**
   * Opens a source after checking that the bucket exists, can be listed and holds objects under the prefix;
   * otherwise an {@code InvalidImportSourceException} saying which. Takes ownership of {@code client}.
   */
  static S3LogSource open(S3Client client, S3Location location, String endpoint) {
    try {
      if (!hasObjects(client, location.bucket(), location.prefix())) {
        throw LakeException.of(ErrorCode.INVALID_IMPORT_SOURCE, "%s holds no objects at %s", location, endpoint);
      }
      return new S3LogSource(client, location);
    } catch (SdkException failure) {
      client.close();
      throw sourceError(location, endpoint, failure);
    } catch (RuntimeException failure) {
      client.close();
      throw failure;
    }
  }

  @Override
  public Stream<SourceFile> files(ImportRange range) {
    String logs = location.prefix() + CloudTrailLayout.LOGS_FOLDER + "/";
    boolean trailLayout = hasObjects(client, location.bucket(), logs);
    String listed = trailLayout ? logs : location.prefix();
    return client.listObjectsV2Paginator(request -> request.bucket(location.bucket()).prefix(listed)).contents()
        .stream()
        .filter(object -> selected(object, trailLayout, range))
        .map(this::sourceFile);
  }

  @Override
  public Path readable(SourceFile file, Path target) {
    client.getObject(request -> request.bucket(location.bucket()).key(file.name()), ResponseTransformer.toFile(target));
    return target;
  }

  @Override
  public void close() {
    client.close();
  }

  private boolean selected(S3Object object, boolean trailLayout, ImportRange range) {
    String relative = object.key().substring(location.prefix().length());
    return !object.key().endsWith("/") && (!trailLayout || CloudTrailLayout.inTrailTree(relative))
        && CloudTrailLayout.selected(relative, range);
  }

  private SourceFile sourceFile(S3Object object) {
    String key = object.key();
    int slash = key.lastIndexOf('/');
    return new SourceFile(location.uriOf(key), slash < 0 ? "" : key.substring(0, slash), key,
        object.size() == null ? 0 : object.size());
  }

  private static boolean hasObjects(S3Client client, String bucket, String prefix) {
    return !client.listObjectsV2(request -> request.bucket(bucket).prefix(prefix).maxKeys(1)).contents().isEmpty();
  }

  private static LakeException sourceError(S3Location location, String endpoint, SdkException failure) {
    if (failure instanceof NoSuchBucketException) {
      return LakeException.of(ErrorCode.INVALID_IMPORT_SOURCE, "bucket %s does not exist at %s", location.bucket(),
          endpoint);
    }
    if (failure instanceof S3Exception s3 && (s3.statusCode() == 403 || s3.statusCode() == 401)) {
      return LakeException.of(ErrorCode.INVALID_IMPORT_SOURCE, "%s refused to list %s (%s); check the server's S3 "
          + "credentials (EVENTLAKE_S3_ACCESS_KEY_ID)", endpoint, location, errorText(s3));
    }
    if (failure instanceof S3Exception s3) {
      return LakeException.of(ErrorCode.INVALID_IMPORT_SOURCE, "%s cannot list %s: %s", endpoint, location,
          errorText(s3));
    }
    String reason = failure instanceof SdkClientException ? "cannot be reached" : "failed";
    return LakeException.of(ErrorCode.INVALID_IMPORT_SOURCE, "%s %s while listing %s: %s", endpoint, reason,
        location, failure.getMessage());
  }

  private static String errorText(S3Exception failure) {
    return failure.awsErrorDetails() == null ? failure.getMessage()
        : failure.awsErrorDetails().errorCode() + ": " + failure.awsErrorDetails().errorMessage();
  }
}
