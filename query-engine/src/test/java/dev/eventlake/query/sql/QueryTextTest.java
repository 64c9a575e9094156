package dev.eventlake.query.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import org.junit.jupiter.api.Test;

class QueryTextTest {
  private static final String ID = "a1b2c3d4-0000-4aaa-8bbb-123456789abc";

  @Test
  void quotesBareHyphenatedTablesAfterFromJoinAndComma() {
    String text = QueryText.prepare("SELECT * FROM " + ID + " a JOIN my-store b ON a.x = b.x, other-store c").text();
    assertThat(text).isEqualTo("SELECT * FROM \"" + ID + "\" a JOIN \"my-store\" b ON a.x = b.x, \"other-store\" c");
  }

  @Test
  void leavesSubtractionStringsCommentsAndQuotedNamesAlone() {
    String statement = "SELECT a-b, 'FROM x-y' FROM \"" + ID + "\" -- FROM p-q\n"
        + "WHERE extract(year FROM t-u) = 1 AND c IS DISTINCT FROM d-e";
    assertThat(QueryText.prepare(statement).text()).isEqualTo(statement);
  }

  @Test
  void renamesCallsThatClashWithCalciteSyntax() {
    String text = QueryText.prepare("SELECT date_diff('day', a, b), DATE_TRUNC ('day', a), day(a), t.day FROM x").text();
    assertThat(text).isEqualTo("SELECT trino_date_diff('day', a, b), trino_DATE_TRUNC ('day', a), trino_day(a), t.day FROM x");
  }

  @Test
  void quotesReservedAliasesButNotCastTypes() {
    String text = QueryText.prepare("SELECT count(*) AS count, cast(x AS integer) AS second FROM t").text();
    assertThat(text).isEqualTo("SELECT count(*) AS \"count\", cast(x AS integer) AS \"second\" FROM t");
  }

  @Test
  void dropsOneTrailingSemicolon() {
    assertThat(QueryText.prepare("SELECT 1 ;  ").text()).isEqualTo("SELECT 1   ");
  }

  @Test
  void mapsPositionsBackToTheUsersText() {
    PreparedQuery prepared = QueryText.prepare("SELECT x FROM " + ID + " WHERE nope = 1");
    int column = prepared.text().indexOf("nope") + 1;
    assertThat(prepared.originalPosition(1, column)).containsExactly(1, column - 2);
  }

  @Test
  void rejectsStatementsThatAreNotSelect() {
    assertInvalid("DROP TABLE x", "starts with 'DROP' (line 1, column 1)");
    assertInvalid("  /* c */ update x set a = 1", "starts with 'update'");
    assertInvalid("SELECT 1; DELETE FROM x", "more than one statement");
    assertInvalid("", "empty");
  }

  @Test
  void rejectsStatementsLongerThanTenThousandCharacters() {
    String statement = "SELECT 1" + " ".repeat(QueryText.MAXIMUM_LENGTH);
    assertInvalid(statement, "10,008 characters long; the maximum is 10,000");
    assertThat(QueryText.prepare("SELECT 1" + " ".repeat(QueryText.MAXIMUM_LENGTH - 8)).text()).startsWith("SELECT 1");
  }

  @Test
  void acceptsWithAndParenthesisedQueries() {
    assertThat(QueryText.prepare("(SELECT 1) UNION (SELECT 2)").text()).isEqualTo("(SELECT 1) UNION (SELECT 2)");
    assertThat(QueryText.prepare("WITH a AS (SELECT 1) SELECT * FROM a").text()).startsWith("WITH");
  }

  private static void assertInvalid(String statement, String fragment) {
    assertThatThrownBy(() -> QueryText.prepare(statement))
        .isInstanceOfSatisfying(LakeException.class,
            failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_QUERY_STATEMENT))
        .hasMessageContaining(fragment);
  }
}
