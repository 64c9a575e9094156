package dev.eventlake.api.imports;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Where {@code s3://} import sources are read: an S3-compatible endpoint (MinIO, s3proxy, Ceph…) with its region and
 * credentials, or, with nothing set, AWS itself through the SDK's default endpoint and credential chain.
 *
 * @param endpoint endpoint to send S3 requests to, or null for AWS
 * @param region signing region, or null for the import's {@code S3BucketRegion} (else us-east-1)
 * @param accessKeyId access key ID, or null for the SDK's default credential chain
 * @param secretAccessKey secret of that key, or null
 * @param pathStyle whether buckets go in the path ({@code endpoint/bucket/key}) rather than the host name
 */
public record S3Settings(URI endpoint, String region, String accessKeyId, String secretAccessKey, boolean pathStyle) {
  public static final String ENDPOINT_VARIABLE = "EVENTLAKE_S3_ENDPOINT";
  public static final String REGION_VARIABLE = "EVENTLAKE_S3_REGION";
  public static final String ACCESS_KEY_VARIABLE = "EVENTLAKE_S3_ACCESS_KEY_ID";
  public static final String SECRET_KEY_VARIABLE = "EVENTLAKE_S3_SECRET_ACCESS_KEY";
  public static final String PATH_STYLE_VARIABLE = "EVENTLAKE_S3_PATH_STYLE";

  /** AWS S3 with the SDK's defaults. */
  public static S3Settings awsDefaults() {
    return new S3Settings(null, null, null, null, false);
  }

  /** An S3-compatible endpoint with static credentials and path-style addressing. */
  public static S3Settings compatible(URI endpoint, String region, String accessKeyId, String secretAccessKey) {
    return new S3Settings(endpoint, region, accessKeyId, secretAccessKey, true);
  }

  /**
   * Applies {@code EVENTLAKE_S3_ENDPOINT}, {@code EVENTLAKE_S3_REGION}, {@code EVENTLAKE_S3_ACCESS_KEY_ID},
   * {@code EVENTLAKE_S3_SECRET_ACCESS_KEY} and {@code EVENTLAKE_S3_PATH_STYLE} (default: true with an endpoint).
   */
  public S3Settings withEnvironment(Map<String, String> environment) {
    String endpointText = value(environment, ENDPOINT_VARIABLE);
    URI newEndpoint = endpointText == null ? endpoint : URI.create(endpointText);
    String pathStyleText = value(environment, PATH_STYLE_VARIABLE);
    boolean newPathStyle = pathStyleText == null ? pathStyle || endpointText != null
        : Boolean.parseBoolean(pathStyleText.toLowerCase(Locale.ROOT));
    return new S3Settings(newEndpoint, orElse(value(environment, REGION_VARIABLE), region),
        orElse(value(environment, ACCESS_KEY_VARIABLE), accessKeyId),
        orElse(value(environment, SECRET_KEY_VARIABLE), secretAccessKey), newPathStyle);
  }

  /** These settings with another endpoint, addressed path-style. */
  public S3Settings withEndpoint(URI newEndpoint) {
    return new S3Settings(newEndpoint, region, accessKeyId, secretAccessKey, true);
  }

  /** Whether both parts of a static key are set; otherwise the SDK's default credential chain is used. */
  public boolean hasStaticCredentials() {
    return accessKeyId != null && secretAccessKey != null;
  }

  /** Where S3 requests go, for messages. */
  public String describeEndpoint() {
    return endpoint == null ? "AWS S3" : "the S3 endpoint " + endpoint;
  }

  @Override
  public String toString() {
    return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", accessKeyId=" + accessKeyId
        + ", secretAccessKey=" + (secretAccessKey == null ? "null" : "(hidden)") + ", pathStyle=" + pathStyle + "]";
  }

  private static String value(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
