package dev.eventlake.api.delivery;

import java.nio.file.Path;

/** Where a query's results go: a bucket and key prefix, or a folder on this machine. */
public sealed interface DeliveryDestination {
  /** The destination as the user wrote it. */
  String uri();

  /** {@code s3://bucket/prefix}; the prefix is empty or ends with {@code /}. */
  record Bucket(String uri, String bucket, String prefix) implements DeliveryDestination {}

  /** {@code file:///folder}, normalised and within the allowed roots. */
  record Folder(String uri, Path folder) implements DeliveryDestination {}
}
