package dev.eventlake.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The server's OpenAPI document as a contract: every response must have a documented status, type and shape. */
final class OpenApiContract {
  private final JsonNode document;
  private final SchemaValidator validator;

  OpenApiContract(JsonNode document) {
    this.document = document;
    this.validator = new SchemaValidator(document);
  }

  /** Reads {@code /openapi.json} from a running server, without credentials. */
  static OpenApiContract fetch(int port) {
    RestResponse response = new RestClient(port, null, null, null).get("/openapi.json");
    assertThat(response.status()).isEqualTo(200);
    return new OpenApiContract(response.json());
  }

  JsonNode document() {
    return document;
  }

  SchemaValidator validator() {
    return validator;
  }

  /** The documented path template a concrete path belongs to, or null. */
  String template(String path) {
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    for (Iterator<String> templates = document.path("paths").fieldNames(); templates.hasNext();) {
      String template = templates.next();
      if (bare.matches(template.replaceAll("\\{[^}]+}", "[^/]+"))) {
        return template;
      }
    }
    return null;
  }

  /** Asserts {@code response} to {@code method path} is one the document describes. */
  void check(String method, String path, RestResponse response) {
    String template = template(path);
    JsonNode operation = template == null ? null
        : document.path("paths").path(template).get(method.toLowerCase(Locale.ROOT));
    if (operation == null) {
      assertThat(response.status()).as("undocumented %s %s answered %s", method, path, response).isEqualTo(404);
      assertThat(response.code()).isEqualTo("NotFoundException");
      return;
    }
    JsonNode responses = operation.path("responses");
    JsonNode documented = responses.has(Integer.toString(response.status()))
        ? responses.get(Integer.toString(response.status())) : responses.get("default");
    assertThat(documented).as("%s %s: status %s is not documented", method, template, response).isNotNull();
    documented = validator.resolve(documented);
    if (!documented.has("content")) {
      assertThat(response.body()).as("%s %s: %d has no documented body", method, template, response.status())
          .isEmpty();
      return;
    }
    String type = MediaTypes.essence(response.header("Content-Type"));
    JsonNode content = documented.get("content").get(type);
    assertThat(content).as("%s %s: %d answered with undocumented type %s", method, template, response.status(), type)
        .isNotNull();
    if (type.equals("application/json")) {
      List<String> problems = validator.validate(response.json(), content.get("schema"), "$");
      assertThat(problems).as("%s %s answered %s", method, template, response).isEmpty();
    }
  }

  /** Every documented operation as {@code METHOD template}, with its operation object. */
  List<Map.Entry<String, JsonNode>> operations() {
    List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
    document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
      if (!entry.getKey().equals("parameters")) {
        operations.add(Map.entry(entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), entry.getValue()));
      }
    }));
    return operations;
  }
}
