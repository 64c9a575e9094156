package dev.eventlake.api.imports;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed {@code s3://bucket/prefix}; the prefix is a folder, so it ends with {@code /} unless it is empty. */
record S3Location(String bucket, String prefix) {
  private static final Pattern URI = Pattern.compile("^s3://([^/]*)(?:/(.*))?$");
  private static final Pattern BUCKET = Pattern.compile("^[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]$");

  /** Parses {@code text}; a malformed URI or bucket name is an {@code InvalidImportSourceException}. */
  static S3Location parse(String text) {
    Matcher matcher = URI.matcher(text);
    if (!matcher.matches()) {
      throw LakeException.of(ErrorCode.INVALID_IMPORT_SOURCE, "'%s' is not an S3 URI; write s3://bucket/prefix", text);
    }
    String bucket = matcher.group(1);
    if (!BUCKET.matcher(bucket).matches()) {
      throw LakeException.of(ErrorCode.INVALID_IMPORT_SOURCE, "'%s' in %s is not a valid bucket name: 3 to 63 "
          + "lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit", bucket, text);
    }
    String prefix = matcher.group(2) == null ? "" : matcher.group(2);
    while (prefix.startsWith("/")) {
      prefix = prefix.substring(1);
    }
    return new S3Location(bucket, prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/");
  }

  /** The {@code s3://} URI of an object of this bucket. */
  String uriOf(String key) {
    return "s3://" + bucket + "/" + key;
  }

  @Override
  public String toString() {
    return uriOf(prefix);
  }
}
