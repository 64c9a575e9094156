package dev.eventlake.api.delivery;

import dev.eventlake.api.imports.S3Clients;
import dev.eventlake.api.imports.S3Settings;
import java.nio.file.Path;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** A query's folder under an {@code s3://} destination, written with the AWS SDK to the configured endpoint. */
final class BucketTarget implements DeliveryTarget {
  private final S3Client client;
  private final String bucket;
  private final String keyPrefix;

  BucketTarget(S3Settings settings, DeliveryDestination.Bucket destination, String relativeFolder) {
    this.client = S3Clients.create(settings, null);
    this.bucket = destination.bucket();
    this.keyPrefix = destination.prefix() + relativeFolder;
  }

  @Override
  public String location() {
    return "s3://" + bucket + "/" + keyPrefix;
  }

  @Override
  public void put(String name, Path file) {
    client.putObject(request -> request.bucket(bucket).key(keyPrefix + name), RequestBody.fromFile(file));
  }

  @Override
  public void put(String name, byte[] content) {
    client.putObject(request -> request.bucket(bucket).key(keyPrefix + name).contentType("application/json"),
        RequestBody.fromBytes(content));
  }

  @Override
  public void close() {
    client.close();
  }
}
