package dev.eventlake.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.api.server.ApiStyle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /openapi.json} matches what the server does: every REST route registered in Javalin is documented and
 * every documented operation is served, with the same operation name, role, path and query parameters and body; the
 * schemas stay within what the response checks understand. (The session, bad-input and auth tests check every
 * response they get against the documented status, media type and schema.)
 */
class OpenApiConformanceIT {
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final List<String> EVERY_OPERATION_ANSWERS = List.of("400", "401", "403", "413", "500");
  @TempDir
  static Path dataDirectory;
  private static RestServer server;
  private static OpenApiContract contract;

  @BeforeAll
  static void start() {
    server = RestServer.start(dataDirectory);
    contract = server.contract();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void documentsExactlyTheRestRoutesJavalinServes() {
    Set<String> served = server.server().routes().stream()
        .filter(route -> ApiStyle.of(route.substring(route.indexOf(' ') + 1)) == ApiStyle.REST)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> documented = contract.operations().stream().map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(documented).isEqualTo(served);
    assertThat(served).contains("GET /health", "GET /openapi.json", "POST /v1/events", "GET /v1/queries/{id}/results");
  }

  @Test
  void documentsEachRouteAsTheRouteTableDeclaresIt() {
    SoftAssertions softly = new SoftAssertions();
    Set<String> operationIds = new HashSet<>();
    for (RestRoute route : server.server().restApi().routes()) {
      String label = route.method() + " " + route.path();
      JsonNode operation = contract.document().path("paths").path(route.path())
          .path(route.method().toLowerCase(Locale.ROOT));
      softly.assertThat(operation.path("operationId").asText()).as(label).isEqualTo(route.operation());
      softly.assertThat(operationIds.add(route.operation())).as("%s: unique operation name", label).isTrue();
      softly.assertThat(operation.path("x-eventlake-access").asText()).as(label)
          .isEqualTo(route.access().name().toLowerCase(Locale.ROOT));
      softly.assertThat(parameters(route.path(), operation, "query")).as("%s query parameters", label)
          .isEqualTo(route.queryParameters());
      softly.assertThat(parameters(route.path(), operation, "path")).as("%s path parameters", label)
          .isEqualTo(pathParameters(route.path()));
      softly.assertThat(operation.has("requestBody")).as("%s request body", label).isEqualTo(route.takesBody());
      if (!pathParameters(route.path()).isEmpty()) {
        softly.assertThat(operation.path("responses").has("404")).as("%s documents 404", label).isTrue();
      }
      for (String status : EVERY_OPERATION_ANSWERS) {
        softly.assertThat(operation.path("responses").has(status)).as("%s documents %s", label, status).isTrue();
      }
    }
    softly.assertAll();
  }

  @Test
  void schemasUseOnlyCheckedKeywordsAndResolvableReferences() {
    List<String> problems = new ArrayList<>();
    JsonNode components = contract.document().path("components");
    components.path("schemas").fields().forEachRemaining(schema -> problems.addAll(
        contract.validator().lint(schema.getValue(), "#/components/schemas/" + schema.getKey())));
    components.path("parameters").fields().forEachRemaining(parameter -> problems.addAll(
        contract.validator().lint(parameter.getValue().path("schema"), "parameter " + parameter.getKey())));
    contract.operations().forEach(operation -> operation.getValue().path("responses").fields()
        .forEachRemaining(response -> contract.validator().resolve(response.getValue()).path("content").fields()
            .forEachRemaining(content -> problems.addAll(contract.validator().lint(content.getValue().path("schema"),
                operation.getKey() + " " + response.getKey() + " " + content.getKey())))));
    assertThat(problems).isEmpty();
    assertThat(contract.document().path("openapi").asText()).startsWith("3.1");
  }

  @Test
  void publicRoutesAnswerWithoutCredentialsAsDocumented() {
    RestClient anonymous = server.client(null, null);
    assertThat(anonymous.get("/health").json().get("status").asText()).isEqualTo("ok");
    assertThat(anonymous.get("/openapi.json").json().path("paths").has("/v1/stores")).isTrue();
    assertThat(contract.document().path("paths").path("/health").path("get").path("security")).isEmpty();
    assertThat(contract.document().path("security")).isNotEmpty();
  }

  /** The names of the parameters of {@code location} an operation documents, its path item's included. */
  private static Set<String> parameters(String path, JsonNode operation, String location) {
    Set<String> names = new TreeSet<>();
    List<JsonNode> all = new ArrayList<>();
    contract.document().path("paths").path(path).path("parameters").forEach(all::add);
    operation.path("parameters").forEach(all::add);
    for (JsonNode parameter : all) {
      JsonNode resolved = contract.validator().resolve(parameter);
      if (resolved.path("in").asText().equals(location)) {
        names.add(resolved.path("name").asText());
      }
    }
    return names;
  }

  private static Set<String> pathParameters(String path) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PATH_PARAMETER.matcher(path);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
