package dev.eventlake.api.rest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Requests signed with Signature Version 4 by the AWS SDK's own signer, sent with java.net.http. */
public final class SigV4Signing {
  private static final Set<String> SET_BY_THE_CLIENT = Set.of("host", "content-length", "connection", "expect");

  private SigV4Signing() {}

  /** {@code method uri} with {@code body} (may be empty) and {@code headers}, signed for {@code service}. */
  public static HttpRequest sign(String method, URI uri, byte[] body, Map<String, String> headers, String accessKeyId,
      String secret, String service) {
    SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
    headers.forEach(unsigned::putHeader);
    software.amazon.awssdk.http.auth.spi.signer.SignedRequest signed = AwsV4HttpSigner.create().sign(request -> request
        .identity(AwsCredentialsIdentity.create(accessKeyId, secret))
        .request(unsigned.build())
        .payload(ContentStreamProvider.fromByteArray(body))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
        .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-central-1"));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, body.length == 0
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
      if (!SET_BY_THE_CLIENT.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        header.getValue().forEach(value -> request.header(header.getKey(), value));
      }
    }
    return request.build();
  }
}
