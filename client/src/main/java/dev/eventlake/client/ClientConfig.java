package dev.eventlake.client;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * How an {@link EventlakeClient} reaches a server.
 *
 * @param baseUri the server's root, such as {@code http://127.0.0.1:8080}; the API lives under {@code /v1}
 * @param accessKeyId the access key ID, sent as the HTTP Basic user
 * @param secretAccessKey the secret access key, sent as the HTTP Basic password
 * @param connectTimeout how long opening a connection may take
 * @param requestTimeout how long one request may wait for its response
 * @param sslContext the TLS trust for {@code https} servers, or null for the JDK's default trust
 */
public record ClientConfig(URI baseUri, String accessKeyId, String secretAccessKey, Duration connectTimeout,
    Duration requestTimeout, SSLContext sslContext) {
  public ClientConfig {
    requireNonNull(baseUri, "baseUri is null");
    requireNonNull(accessKeyId, "accessKeyId is null");
    requireNonNull(secretAccessKey, "secretAccessKey is null");
    requireNonNull(connectTimeout, "connectTimeout is null");
    requireNonNull(requestTimeout, "requestTimeout is null");
    String scheme = baseUri.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("baseUri must be http:// or https://; got " + baseUri);
    }
  }

  /** A configuration with 10 s to connect, 60 s per request and the JDK's default TLS trust. */
  public static ClientConfig of(URI baseUri, String accessKeyId, String secretAccessKey) {
    return new ClientConfig(baseUri, accessKeyId, secretAccessKey, Duration.ofSeconds(10), Duration.ofSeconds(60),
        null);
  }

  /** Hides the secret, so configurations can be logged. */
  @Override
  public String toString() {
    return "ClientConfig[baseUri=" + baseUri + ", accessKeyId=" + accessKeyId + ", connectTimeout=" + connectTimeout
        + ", requestTimeout=" + requestTimeout + ", customTrust=" + (sslContext != null) + "]";
  }
}
