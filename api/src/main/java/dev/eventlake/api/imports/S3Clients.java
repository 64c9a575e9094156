package dev.eventlake.api.imports;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

/** Builds the S3 client an import reads (or a query delivery writes) through, from the server's {@link S3Settings}. */
public final class S3Clients {
  private static final String FALLBACK_REGION = "us-east-1";

  private S3Clients() {}

  /** A client for the configured endpoint; the region is the configured one, else the bucket's, else us-east-1. */
  public static S3Client create(S3Settings settings, String bucketRegion) {
    String region = settings.region() != null ? settings.region()
        : bucketRegion != null && !bucketRegion.isBlank() ? bucketRegion : FALLBACK_REGION;
    S3ClientBuilder builder = S3Client.builder()
        .httpClient(UrlConnectionHttpClient.create())
        .region(Region.of(region))
        .credentialsProvider(credentials(settings))
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build());
    if (settings.endpoint() != null) {
      builder.endpointOverride(settings.endpoint());
    }
    return builder.build();
  }

  private static AwsCredentialsProvider credentials(S3Settings settings) {
    if (settings.hasStaticCredentials()) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey()));
    }
    return DefaultCredentialsProvider.builder().build();
  }
}
