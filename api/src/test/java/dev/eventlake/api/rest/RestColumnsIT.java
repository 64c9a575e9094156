package dev.eventlake.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /v1/stores/{store}/columns} and the categories of store views, checked against the OpenAPI document:
 * the columns follow the store's category, ROW columns carry their fields, types read as SQL.
 */
class RestColumnsIT {
  @TempDir
  static Path dataDirectory;
  private static RestServer server;
  private static RestClient admin;

  @BeforeAll
  static void start() {
    server = RestServer.start(dataDirectory);
    admin = server.admin();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void describesTheColumnsOfACloudTrailStore() {
    RestResponse created = admin.post("/v1/stores", "{\"name\":\"audit\"}");
    assertThat(created.json().get("categories")).extracting(JsonNode::asText).containsExactly("Management");
    RestResponse response = admin.get("/v1/stores/audit/columns");
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.get("storeId").asText()).isEqualTo(created.json().get("id").asText());
    assertThat(body.get("storeName").asText()).isEqualTo("audit");
    Map<String, JsonNode> columns = byName(body.get("columns"));
    assertThat(columns.get("eventTime").get("type").asText()).isEqualTo("TIMESTAMP(3)");
    assertThat(columns.get("eventTime").get("nullable").asBoolean()).isFalse();
    assertThat(columns.get("requestParameters").get("type").asText()).isEqualTo("MAP(VARCHAR, VARCHAR)");
    assertThat(columns.get("requestParameters").get("kind").asText()).isEqualTo("MAP");
    assertThat(columns.get("resources").get("type").asText())
        .isEqualTo("ARRAY(ROW(accountId VARCHAR, type VARCHAR, ARN VARCHAR, arnPrefix VARCHAR))");
    JsonNode identity = columns.get("userIdentity");
    assertThat(identity.get("kind").asText()).isEqualTo("ROW");
    assertThat(identity.get("type").asText()).startsWith("ROW(type VARCHAR, principalId VARCHAR, arn VARCHAR");
    Map<String, JsonNode> fields = byName(identity.get("fields"));
    assertThat(fields.get("arn").get("type").asText()).isEqualTo("VARCHAR");
    assertThat(byName(fields.get("sessionContext").get("fields"))).containsKeys("attributes", "sessionIssuer");
    assertThat(columns).doesNotContainKeys("eventData", "metadata");
  }

  @Test
  void describesTheColumnsOfAnActivityAuditLogStore() {
    RestResponse created = admin.post("/v1/stores", "{\"name\":\"partners\",\"advancedEventSelectors\":[{"
        + "\"fieldSelectors\":[{\"field\":\"eventCategory\",\"equals\":[\"ActivityAuditLog\"]}]}]}");
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    RestResponse response = admin.get("/v1/stores/" + created.json().get("id").asText() + "/columns");
    assertThat(response.json().get("categories")).extracting(JsonNode::asText).containsExactly("ActivityAuditLog");
    Map<String, JsonNode> columns = byName(response.json().get("columns"));
    assertThat(columns).containsKeys("eventData", "metadata", "eventTime").doesNotContainKeys("userIdentity");
    assertThat(byName(columns.get("eventData").get("fields"))).containsKeys("userIdentity", "eventName");
  }

  @Test
  void answersNotFoundForUnknownStores() {
    RestResponse missing = admin.get("/v1/stores/nothing-here/columns");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("EventDataStoreNotFoundException");
  }

  private static Map<String, JsonNode> byName(JsonNode columns) {
    Map<String, JsonNode> byName = new HashMap<>();
    columns.forEach(column -> byName.put(column.get("name").asText(), column));
    return byName;
  }
}
