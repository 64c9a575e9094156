package dev.eventlake.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.api.auth.Access;
import dev.eventlake.api.auth.AccessKey;
import dev.eventlake.api.auth.Role;
import dev.eventlake.api.cloudtrail.CloudTrailApi;
import dev.eventlake.api.cloudtrail.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authentication and role matrix: every REST route and every CloudTrail operation, taken from the server's own
 * route table and operation list so new ones are covered, and PutAuditEvents, each called without credentials, with
 * a wrong secret, and as a reader, a writer and an admin. Refusals come in the error format of the API called — REST:
 * 401 for authentication, 403 for the role; the AWS APIs: 403 for both, as AWS answers — and an allowed call may
 * still fail on its (deliberately empty) input, but never with 401 or 403.
 */
class RestAuthMatrixIT {
  private static final String WRONG_SECRET = "not-the-secret";
  /** The AWS APIs answer authentication failures with 403, as AWS does; the REST API with 401 and a challenge. */
  private static final int AWS_AUTHENTICATION_FAILURE = 403;
  @TempDir
  static Path dataDirectory;
  private static RestServer server;
  private static Map<Role, AccessKey> keys;

  @BeforeAll
  static void start() {
    server = RestServer.start(dataDirectory);
    keys = Map.of(Role.READER, server.createKey(Role.READER), Role.WRITER, server.createKey(Role.WRITER),
        Role.ADMIN, server.server().accessKeys().find(RestServer.ADMIN_ID).orElseThrow());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyRestRouteAuthenticatesAndChecksTheRole() {
    List<RestRoute> routes = server.server().restApi().routes();
    assertThat(routes).extracting(RestRoute::operation).contains("CreateStore", "StartQuery", "GetQueryResults",
        "IngestEvents", "CreateAccessKey", "DeleteAccessKey");
    SoftAssertions softly = new SoftAssertions();
    for (RestRoute route : routes) {
      String path = concrete(route.path());
      byte[] body = route.takesBody() ? "{}".getBytes(StandardCharsets.UTF_8) : new byte[0];
      String label = route.method() + " " + route.path();
      RestResponse anonymous = server.client(null, null).send(route.method(), path, body, Map.of());
      expectRest(softly, label + " anonymous", anonymous, 401, "MissingAuthenticationTokenException");
      softly.assertThat(anonymous.header("WWW-Authenticate")).as(label).startsWith("Basic");
      RestResponse wrongBasic = server.client(RestServer.ADMIN_ID, WRONG_SECRET).send(route.method(), path, body,
          Map.of());
      expectRest(softly, label + " wrong Basic secret", wrongBasic, 401, "UnrecognizedClientException");
      expectRest(softly, label + " wrong SigV4 secret", signedRest(route.method(), path, body, RestServer.ADMIN_ID,
          WRONG_SECRET, "eventlake"), 401, "InvalidSignatureException");
      for (Map.Entry<Role, AccessKey> key : keys.entrySet()) {
        AccessKey accessKey = key.getValue();
        RestResponse basic = server.client(accessKey.accessKeyId(), accessKey.secretAccessKey())
            .send(route.method(), path, body, Map.of());
        expectRole(softly, label + " Basic " + key.getKey(), basic, key.getKey(), route.access());
        RestResponse sigV4 = signedRest(route.method(), path, body, accessKey.accessKeyId(),
            accessKey.secretAccessKey(), key.getKey() == Role.READER ? "cloudtrail" : "eventlake");
        expectRole(softly, label + " SigV4 " + key.getKey(), sigV4, key.getKey(), route.access());
      }
    }
    softly.assertAll();
  }

  @Test
  void everyCloudTrailOperationAuthenticatesAndChecksTheRole() {
    List<Operation> operations = server.server().cloudTrailApi().operations();
    assertThat(operations).extracting(Operation::name).contains("CreateEventDataStore", "StartQuery",
        "GetQueryResults", "AddTags");
    assertThat(operations).extracting(Operation::name)
        .containsExactlyInAnyOrderElementsOf(server.server().cloudTrailApi().operationNames());
    SoftAssertions softly = new SoftAssertions();
    for (Operation operation : operations) {
      String label = operation.name();
      expectCloudTrail(softly, label + " anonymous", RestClient.execute(cloudTrailRequest(operation.name(), null,
          null)), AWS_AUTHENTICATION_FAILURE, "MissingAuthenticationTokenException");
      expectCloudTrail(softly, label + " wrong secret", RestClient.execute(cloudTrailRequest(operation.name(),
          RestServer.ADMIN_ID, WRONG_SECRET)), AWS_AUTHENTICATION_FAILURE, "InvalidSignatureException");
      for (Map.Entry<Role, AccessKey> key : keys.entrySet()) {
        RestResponse response = RestClient.execute(cloudTrailRequest(operation.name(),
            key.getValue().accessKeyId(), key.getValue().secretAccessKey()));
        if (key.getKey().allows(operation.access())) {
          softly.assertThat(response.status()).as("%s as %s: %s", label, key.getKey(), response).isNotIn(401, 403);
        } else {
          expectCloudTrail(softly, label + " as " + key.getKey(), response, 403, "AccessDeniedException");
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void putAuditEventsAuthenticatesAndNeedsTheWriterRole() {
    SoftAssertions softly = new SoftAssertions();
    expectAuditEvents(softly, "anonymous", RestClient.execute(auditEventsRequest(null, null)),
        AWS_AUTHENTICATION_FAILURE, "MissingAuthenticationTokenException");
    expectAuditEvents(softly, "wrong secret", RestClient.execute(auditEventsRequest(RestServer.ADMIN_ID,
        WRONG_SECRET)), AWS_AUTHENTICATION_FAILURE, "InvalidSignatureException");
    for (Map.Entry<Role, AccessKey> key : keys.entrySet()) {
      RestResponse response = RestClient.execute(auditEventsRequest(key.getValue().accessKeyId(),
          key.getValue().secretAccessKey()));
      if (key.getKey().allows(Access.WRITE)) {
        softly.assertThat(response.status()).as("%s: %s", key.getKey(), response).isNotIn(401, 403);
      } else {
        expectAuditEvents(softly, key.getKey().toString(), response, 403, "AccessDeniedException");
      }
    }
    softly.assertAll();
  }

  @Test
  void declaredAccessFollowsTheRoles() {
    Map<String, Access> rest = server.server().restApi().routes().stream()
        .collect(Collectors.toMap(RestRoute::operation, RestRoute::access));
    assertThat(rest).containsEntry("ListStores", Access.READ).containsEntry("CreateStore", Access.ADMIN)
        .containsEntry("StartQuery", Access.READ).containsEntry("GetQueryResults", Access.READ)
        .containsEntry("IngestEvents", Access.WRITE).containsEntry("ListAccessKeys", Access.ADMIN);
    Map<String, Access> cloudTrail = server.server().cloudTrailApi().operations().stream()
        .collect(Collectors.toMap(Operation::name, Operation::access));
    assertThat(cloudTrail).containsEntry("CreateEventDataStore", Access.ADMIN)
        .containsEntry("GetEventDataStore", Access.READ).containsEntry("StartQuery", Access.READ);
  }

  @Test
  void restRequestsSignedForAnotherServiceAreRefused() {
    RestResponse s3 = signedRest("GET", "/v1/stores", new byte[0], RestServer.ADMIN_ID, RestServer.ADMIN_SECRET,
        "s3");
    assertThat(s3.status()).isEqualTo(401);
    assertThat(s3.code()).isEqualTo("InvalidSignatureException");
  }

  private static void expectRole(SoftAssertions softly, String label, RestResponse response, Role role,
      Access access) {
    if (role.allows(access)) {
      softly.assertThat(response.status()).as("%s: %s", label, response).isNotIn(401, 403);
    } else {
      expectRest(softly, label, response, 403, "AccessDeniedException");
    }
  }

  private static void expectRest(SoftAssertions softly, String label, RestResponse response, int status,
      String code) {
    softly.assertThat(response.status()).as("%s: %s", label, response).isEqualTo(status);
    softly.assertThat(response.header("Content-Type")).as(label).startsWith("application/json");
    softly.assertThat(response.code()).as("%s: %s", label, response).isEqualTo(code);
  }

  private static void expectCloudTrail(SoftAssertions softly, String label, RestResponse response, int status,
      String type) {
    softly.assertThat(response.status()).as("%s: %s", label, response).isEqualTo(status);
    softly.assertThat(response.header("Content-Type")).as(label).startsWith(CloudTrailApi.CONTENT_TYPE);
    JsonNode body = response.json();
    softly.assertThat(body.path("__type").asText()).as("%s: %s", label, response).isEqualTo(type);
    softly.assertThat(body.path("Message").asText()).as(label).isNotBlank();
  }

  private static void expectAuditEvents(SoftAssertions softly, String label, RestResponse response, int status,
      String type) {
    softly.assertThat(response.status()).as("PutAuditEvents %s: %s", label, response).isEqualTo(status);
    softly.assertThat(response.header("X-Amzn-ErrorType")).as("PutAuditEvents %s", label).isEqualTo(type);
    softly.assertThat(response.json().path("message").asText()).as("PutAuditEvents %s", label).isNotBlank();
  }

  private static java.net.http.HttpRequest auditEventsRequest(String accessKeyId, String secret) {
    byte[] body = "{\"auditEvents\":[]}".getBytes(StandardCharsets.UTF_8);
    URI uri = uri("/PutAuditEvents?channelArn=no-such-channel");
    if (accessKeyId == null) {
      return java.net.http.HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }
    return SigV4Signing.sign("POST", uri, body, Map.of("Content-Type", "application/json"), accessKeyId, secret,
        "cloudtrail-data");
  }

  private static RestResponse signedRest(String method, String path, byte[] body, String accessKeyId,
      String secret, String service) {
    RestResponse response = RestClient.execute(SigV4Signing.sign(method, uri(path), body, body.length == 0
        ? Map.of() : Map.of("Content-Type", "application/json"), accessKeyId, secret, service));
    server.contract().check(method, path, response);
    return response;
  }

  private static java.net.http.HttpRequest cloudTrailRequest(String operation, String accessKeyId, String secret) {
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = Map.of("Content-Type", CloudTrailApi.CONTENT_TYPE, "X-Amz-Target",
        CloudTrailApi.TARGET_PREFIX + operation);
    if (accessKeyId == null) {
      java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(uri("/"))
          .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(request::header);
      return request.build();
    }
    return SigV4Signing.sign("POST", uri("/"), body, headers, accessKeyId, secret, "cloudtrail");
  }

  /** The route's path with harmless values: resources that do not exist, so allowed calls change nothing. */
  private static String concrete(String template) {
    return template.replace("{store}", "no-such-store")
        .replace("{id}", "00000000-0000-0000-0000-000000000000")
        .replace("{accessKeyId}", "ELKNOSUCHKEY")
        .replaceAll("\\{[^}]+}", "placeholder");
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }
}
