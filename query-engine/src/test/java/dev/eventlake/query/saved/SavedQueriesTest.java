package dev.eventlake.query.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.query.sql.BoundParameter;
import dev.eventlake.query.sql.BoundStatement;
import dev.eventlake.query.sql.ParameterType;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved queries: create, read, update with versions, restore, delete, persistence, validation and binding. */
class SavedQueriesTest {
  private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
  private static final String SQL = "SELECT eventName, COUNT(*) AS n FROM audit WHERE userIdentity.arn = :arn AND "
      + "eventTime > :since GROUP BY 1 ORDER BY n DESC LIMIT :rows";
  private static final List<ParameterDefinition> PARAMETERS = List.of(
      new ParameterDefinition("arn", ParameterType.VARCHAR, null, "The principal"),
      new ParameterDefinition("since", ParameterType.TIMESTAMP, "2026-01-01", null),
      new ParameterDefinition("rows", ParameterType.BIGINT, "10", "How many event names"));

  @TempDir Path directory;
  private final MutableClock clock = new MutableClock(START);

  @Test
  void createsReadsListsAndDeletesAcrossRestarts() {
    SavedQueries library = new SavedQueries(directory, clock);
    SavedQuery created = library.create("principal-activity", definition("Activity of one principal", SQL));
    library.create("all-events", definition(null, "SELECT * FROM audit"));

    assertThat(created.current().version()).isEqualTo(1);
    assertThat(created.current().definition().parameters().get(1).defaultValue()).isEqualTo("2026-01-01 00:00:00.000");
    SavedQueries reopened = new SavedQueries(directory, clock);
    assertThat(reopened.list()).extracting(SavedQuery::name).containsExactly("all-events", "principal-activity");
    assertThat(reopened.get("PRINCIPAL-ACTIVITY")).isEqualTo(created);
    assertThat(Files.exists(directory.resolve("saved-queries/principal-activity.json"))).isTrue();

    reopened.delete("all-events");
    assertThat(new SavedQueries(directory, clock).list()).extracting(SavedQuery::name)
        .containsExactly("principal-activity");
    assertFails(() -> reopened.get("all-events"), ErrorCode.SAVED_QUERY_NOT_FOUND, "no saved query named");
  }

  @Test
  void updatesKeepEveryVersionAndAnyVersionCanBeRestoredOrBound() {
    SavedQueries library = new SavedQueries(directory, clock);
    library.create("failures", definition("v1", "SELECT eventID FROM audit WHERE errorCode = :code",
        ParameterDefinition.required("code", ParameterType.VARCHAR)));
    clock.advance(Duration.ofMinutes(5));
    SavedQuery updated = library.update("failures", definition("v2", "SELECT eventID, errorMessage FROM audit"));

    assertThat(updated.versions()).extracting(SavedQueryVersion::version).containsExactly(1, 2);
    assertThat(updated.version(1).definition().description()).isEqualTo("v1");
    assertThat(updated.current().createdTime()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    assertThat(library.bind("failures", 1, ParameterValues.positional(List.of("AccessDenied"))))
        .isEqualTo(new BoundStatement("SELECT eventID FROM audit WHERE errorCode = :code",
            List.of(new BoundParameter("code", ParameterType.VARCHAR, "AccessDenied"))));
    assertThat(library.bind("failures", null, ParameterValues.none()).sql())
        .isEqualTo("SELECT eventID, errorMessage FROM audit");

    SavedQuery restored = library.restore("failures", 1);
    assertThat(restored.current().version()).isEqualTo(3);
    assertThat(restored.current().restoredFrom()).isEqualTo(1);
    assertThat(restored.current().definition()).isEqualTo(restored.version(1).definition());
    assertThat(new SavedQueries(directory, clock).get("failures").versions()).hasSize(3);
    assertFails(() -> library.restore("failures", 7), ErrorCode.SAVED_QUERY_NOT_FOUND, "versions 1 to 3");
  }

  @Test
  void bindingUsesDefaultsChecksTypesAndKeepsValuesAsData() {
    SavedQueries library = new SavedQueries(directory, clock);
    library.create("principal-activity", definition(null, SQL));

    BoundStatement bound = library.bind("principal-activity", null,
        ParameterValues.named(Map.of("arn", "x' OR '1'='1")));
    assertThat(bound.sql()).isEqualTo(SQL);
    assertThat(bound.parameters()).containsExactly(
        new BoundParameter("arn", ParameterType.VARCHAR, "x' OR '1'='1"),
        new BoundParameter("since", ParameterType.TIMESTAMP, "2026-01-01 00:00:00.000"),
        new BoundParameter("rows", ParameterType.BIGINT, "10"));
    assertThat(library.bind("principal-activity", null, ParameterValues.positional(List.of("a", "2026-02-01T00:00Z",
        "5"))).parameters()).extracting(BoundParameter::value).containsExactly("a", "2026-02-01T00:00Z", "5");

    assertFails(() -> library.bind("principal-activity", null, ParameterValues.none()), ErrorCode.INVALID_PARAMETER,
        "needs a value for parameter 'arn' (VARCHAR, position 1), which has no default");
    assertFails(() -> library.bind("principal-activity", null, ParameterValues.named(Map.of("arn", "a", "rows",
        "many"))), ErrorCode.INVALID_PARAMETER, "Parameter 'rows' is BIGINT");
    assertFails(() -> library.bind("principal-activity", null, ParameterValues.named(Map.of("user", "a"))),
        ErrorCode.INVALID_PARAMETER, "has no parameter 'user'; its parameters are [arn, since, rows]");
    assertFails(() -> library.bind("principal-activity", null, ParameterValues.positional(List.of("a", "b", "1",
        "2"))), ErrorCode.INVALID_PARAMETER, "4 parameter values were given");
  }

  @Test
  void definitionsAreCheckedBeforeTheyAreSaved() {
    SavedQueries library = new SavedQueries(directory, clock);
    library.create("taken", definition(null, "SELECT 1 FROM audit"));

    assertFails(() -> library.create("Taken", definition(null, "SELECT 2 FROM audit")),
        ErrorCode.SAVED_QUERY_ALREADY_EXISTS, "'taken' already exists");
    assertFails(() -> library.create("1st", definition(null, "SELECT 1 FROM audit")), ErrorCode.INVALID_PARAMETER,
        "name '1st' is not valid");
    assertFails(() -> library.create("broken", definition(null, "SELECT FROM WHERE")),
        ErrorCode.INVALID_QUERY_STATEMENT, "line 1");
    assertFails(() -> library.create("deleting", definition(null, "DELETE FROM audit")),
        ErrorCode.INVALID_QUERY_STATEMENT, "Only SELECT");
    assertFails(() -> library.create("undeclared", definition(null, "SELECT 1 FROM audit WHERE a = :who")),
        ErrorCode.INVALID_PARAMETER, "uses :who, but no parameter");
    assertFails(() -> library.create("unused", definition(null, "SELECT 1 FROM audit",
        ParameterDefinition.required("who", ParameterType.VARCHAR))), ErrorCode.INVALID_PARAMETER, "never uses :who");
    assertFails(() -> library.create("counted", definition(null, "SELECT 1 FROM audit WHERE a = ? AND b = ?",
        ParameterDefinition.required("a", ParameterType.VARCHAR))), ErrorCode.INVALID_PARAMETER,
        "2 ? placeholders but 1 parameters");
    assertFails(() -> new ParameterDefinition("n", ParameterType.BIGINT, "ten", null), ErrorCode.INVALID_PARAMETER,
        "'n' is BIGINT");
    assertFails(() -> new SavedQueryDefinition(null, "SELECT 1", List.of(), Map.of("", "x")),
        ErrorCode.INVALID_TAG_PARAMETER, "keys are 1 to 128");
    assertFails(() -> library.update("missing", definition(null, "SELECT 1 FROM audit")),
        ErrorCode.SAVED_QUERY_NOT_FOUND, "'missing'");
    assertThat(library.list()).extracting(SavedQuery::name).containsExactly("taken");
  }

  @Test
  void positionalPlaceholdersMapToDeclaredParametersInOrder() {
    SavedQueries library = new SavedQueries(directory, clock);
    library.create("by-name-and-time", new SavedQueryDefinition(null, "SELECT eventID FROM audit WHERE eventName = ? "
        + "AND eventTime > ?", List.of(ParameterDefinition.required("name", ParameterType.VARCHAR),
        ParameterDefinition.required("after", ParameterType.TIMESTAMP)), Map.of("team", "security")));

    BoundStatement bound = library.bind("by-name-and-time", null, ParameterValues.positional(List.of("ConsoleLogin",
        "2026-01-01 00:00:00")));
    assertThat(bound.parameters()).extracting(BoundParameter::name).containsExactly("name", "after");
    assertThat(library.get("by-name-and-time").current().definition().tags()).containsEntry("team", "security");
  }

  private static SavedQueryDefinition definition(String description, String sql, ParameterDefinition... parameters) {
    return new SavedQueryDefinition(description, sql, parameters.length == 0 && sql.equals(SQL) ? PARAMETERS
        : List.of(parameters), Map.of());
  }

  private static void assertFails(ThrowingCallable call, ErrorCode code, String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(LakeException.class,
        failure -> assertThat(failure.code()).as(failure.getMessage()).isEqualTo(code))
        .hasMessageContaining(message);
  }
}
