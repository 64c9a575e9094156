package dev.eventlake.query.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Placeholders become typed JDBC parameters; their values are parsed by type; mismatches are named errors. */
class PlaceholdersTest {
  private static final BoundParameter NAME = new BoundParameter("name", ParameterType.VARCHAR, "ConsoleLogin");
  private static final BoundParameter START = new BoundParameter("start", ParameterType.TIMESTAMP, "2024-01-05");

  @Test
  void namedPlaceholdersBecomeTypedCastsAndMayRepeat() {
    PreparedQuery prepared = QueryText.prepare(new BoundStatement("SELECT eventName FROM my-store WHERE eventName = "
        + ":name AND eventTime > :start OR errorCode = :name", List.of(START, NAME)));
    assertThat(prepared.text()).isEqualTo("SELECT eventName FROM \"my-store\" WHERE eventName = CAST(? AS VARCHAR) "
        + "AND eventTime > CAST(? AS TIMESTAMP(3)) OR errorCode = CAST(? AS VARCHAR)");
    assertThat(prepared.bindings()).containsExactly(NAME, START, NAME);
  }

  @Test
  void questionMarksTakeTheValuesInOrderAndLimitGetsABareParameter() {
    BoundParameter limit = new BoundParameter("3", ParameterType.BIGINT, "10");
    PreparedQuery prepared = QueryText.prepare(new BoundStatement("SELECT x FROM t WHERE a = ? AND b > ? LIMIT ?",
        List.of(NAME, START, limit)));
    assertThat(prepared.text()).isEqualTo("SELECT x FROM t WHERE a = CAST(? AS VARCHAR) AND b > CAST(? AS "
        + "TIMESTAMP(3)) LIMIT ?");
    assertThat(prepared.bindings()).containsExactly(NAME, START, limit);
  }

  @Test
  void placeholdersInsideStringsIdentifiersAndCommentsAreText() {
    String sql = "SELECT ':name', \"?\" FROM t WHERE a = :name -- :start ?\n AND b = '?'";
    assertThat(QueryText.placeholders(sql)).containsExactly(":name".substring(1));
    assertThat(QueryText.prepare(new BoundStatement(sql, List.of(NAME))).text())
        .isEqualTo("SELECT ':name', \"?\" FROM t WHERE a = CAST(? AS VARCHAR) -- :start ?\n AND b = '?'");
  }

  @Test
  void statementsWithoutValuesKeepTheirTextAsItIs() {
    assertThat(QueryText.prepare("SELECT a FROM t WHERE a = ?").text()).isEqualTo("SELECT a FROM t WHERE a = ?");
    assertThat(QueryText.placeholders("SELECT a::varchar, :x FROM t WHERE a = ? AND b = :y"))
        .containsExactly("x", "?", "y");
  }

  @Test
  void mismatchedValuesAndPlaceholdersAreNamedErrors() {
    assertError("SELECT a FROM t WHERE a = ? AND b = ?", List.of(NAME), ErrorCode.INVALID_PARAMETER,
        "more ? placeholders than the 1");
    assertError("SELECT a FROM t WHERE a = ?", List.of(NAME, START), ErrorCode.INVALID_PARAMETER,
        "2 parameter values were given, but the statement has 1");
    assertError("SELECT a FROM t WHERE a = :missing", List.of(NAME), ErrorCode.INVALID_PARAMETER,
        "No value was given for parameter 'missing' (line 1, column 27)");
    assertError("SELECT a FROM t WHERE a = :name AND b = ?", List.of(NAME), ErrorCode.INVALID_QUERY_STATEMENT,
        "mixes ? and :name");
    assertError("SELECT a FROM t", List.of(NAME), ErrorCode.INVALID_PARAMETER, "no ? or :name placeholders");
  }

  @Test
  void valuesAreParsedByTypeAndWrongValuesNameTheParameter() {
    assertThat(ParameterType.BIGINT.value("n", " 42 ")).isEqualTo(42L);
    assertThat(ParameterType.DOUBLE.value("d", "0.25")).isEqualTo(0.25);
    assertThat(ParameterType.BOOLEAN.value("b", "TRUE")).isEqualTo(true);
    assertThat(ParameterType.VARCHAR.value("s", "x' OR '1'='1")).isEqualTo("x' OR '1'='1");
    assertThat(ParameterType.TIMESTAMP.value("t", "2024-01-05T13:51:00+02:00"))
        .isEqualTo(LocalDateTime.of(2024, 1, 5, 11, 51));
    assertThat(ParameterType.TIMESTAMP.canonical("t", "2024-01-05 13:51")).isEqualTo("2024-01-05 13:51:00.000");
    assertThatThrownBy(() -> ParameterType.BIGINT.value("limit", "ten")).isInstanceOfSatisfying(LakeException.class,
        failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_PARAMETER))
        .hasMessage("Parameter 'limit' is BIGINT, so it must be a whole number such as 42; 'ten' is not.");
    assertThatThrownBy(() -> ParameterType.TIMESTAMP.value("start", "2024-02-30")).hasMessageContaining("'start'");
    assertThatThrownBy(() -> ParameterType.DOUBLE.value("d", "NaN")).hasMessageContaining("'d' is DOUBLE");
    assertThatThrownBy(() -> ParameterType.parse("INT")).hasMessageContaining("[VARCHAR, BIGINT, DOUBLE, BOOLEAN");
    assertThat(ParameterType.parse("timestamp")).isEqualTo(ParameterType.TIMESTAMP);
  }

  private static void assertError(String sql, List<BoundParameter> values, ErrorCode code, String message) {
    assertThatThrownBy(() -> QueryText.prepare(new BoundStatement(sql, values)))
        .isInstanceOfSatisfying(LakeException.class, failure -> assertThat(failure.code()).isEqualTo(code))
        .hasMessageContaining(message);
  }
}
