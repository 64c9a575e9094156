package dev.eventlake.api.imports;

import java.net.URI;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** A real S3-compatible server for tests: s3proxy with an in-memory blob store and AWS Signature V4, on a free port. */
public final class S3ProxyServer implements AutoCloseable {
  public static final String ACCESS_KEY_ID = "s3-test-key";
  public static final String SECRET_ACCESS_KEY = "s3-test-secret";
  private final S3Proxy proxy;
  private final S3Client client;

  private S3ProxyServer(S3Proxy proxy) {
    this.proxy = proxy;
    this.client = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
        .endpointOverride(endpoint())
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)))
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true)
            .chunkedEncodingEnabled(false).build())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .build();
  }

  /** Starts the proxy and waits until it serves. */
  public static S3ProxyServer start() throws Exception {
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(BlobStores.create("transient", new Properties()))
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V4, ACCESS_KEY_ID, SECRET_ACCESS_KEY)
        .build();
    proxy.start();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("s3proxy did not start; state " + proxy.getState());
      }
      Thread.sleep(20);
    }
    return new S3ProxyServer(proxy);
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  /** Settings that point the server's imports at this proxy. */
  public S3Settings settings() {
    return S3Settings.compatible(endpoint(), "us-east-1", ACCESS_KEY_ID, SECRET_ACCESS_KEY);
  }

  public void createBucket(String bucket) {
    client.createBucket(request -> request.bucket(bucket));
  }

  public void put(String bucket, String key, byte[] content) {
    client.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromBytes(content));
  }

  /** The proxy's own S3 client, e.g. to read or damage what was delivered. */
  public S3Client client() {
    return client;
  }

  @Override
  public void close() throws Exception {
    client.close();
    proxy.stop();
  }
}
