package dev.eventlake.query.samples;

import static java.util.Objects.requireNonNull;

import dev.eventlake.query.saved.ParameterDefinition;
import dev.eventlake.query.saved.SavedQueryDefinition;
import dev.eventlake.query.sql.QueryText;
import java.util.List;
import java.util.Map;

/**
 * One built-in sample query. Its SQL reads the placeholder table {@value #STORE_PLACEHOLDER}, replaced by a store's ID
 * when the sample is copied into a saved query.
 *
 * @param name the sample's identifier, e.g. {@code console-sign-ins-without-mfa}
 * @param description what the query finds and why it matters
 * @param tags words the search also matches
 * @param parameters the declared parameters of its {@code :name} placeholders
 * @param sql the statement, reading {@value #STORE_PLACEHOLDER}
 */
public record SampleQuery(String name, String description, List<String> tags, List<ParameterDefinition> parameters,
    String sql) {
  /** The table name sample SQL uses, as in CloudTrail Lake's own samples. */
  public static final String STORE_PLACEHOLDER = "$EDS_ID";

  public SampleQuery {
    requireNonNull(name, "name is null");
    requireNonNull(description, "description is null");
    requireNonNull(sql, "sql is null");
    tags = List.copyOf(tags);
    parameters = List.copyOf(parameters);
  }

  /** The SQL reading the store {@code storeId}. */
  public String sqlFor(String storeId) {
    return QueryText.replaceWord(sql, STORE_PLACEHOLDER, storeId);
  }

  /** A saved query definition of this sample over the store {@code storeId}, tagged {@code sample=<name>}. */
  public SavedQueryDefinition definitionFor(String storeId) {
    return new SavedQueryDefinition(description, sqlFor(storeId), parameters, Map.of("sample", name));
  }
}
