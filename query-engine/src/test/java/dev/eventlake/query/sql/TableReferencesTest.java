package dev.eventlake.query.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.error.LakeException;
import org.junit.jupiter.api.Test;

class TableReferencesTest {
  private static final String ID = "a1b2c3d4-0000-4aaa-8bbb-123456789abc";

  @Test
  void listsTablesOfJoinsSetOperationsAndSubqueries() {
    String statement = "SELECT a.x FROM " + ID + " a LEFT JOIN my-store b ON a.x = b.x "
        + "WHERE a.y IN (SELECT y FROM \"quoted-store\") UNION SELECT x FROM other-store";
    assertThat(TableReferences.of(QueryText.prepare(statement)))
        .containsExactly(ID, "my-store", "quoted-store", "other-store");
  }

  @Test
  void leavesOutCommonTableExpressionsAndUnnest() {
    String statement = "WITH recent AS (SELECT * FROM " + ID + ") "
        + "SELECT r.arn FROM recent CROSS JOIN UNNEST(recent.resources) AS r(a, t, arn, p)";
    assertThat(TableReferences.of(QueryText.prepare(statement))).containsExactly(ID);
  }

  @Test
  void reportsSyntaxErrorsAsInvalidStatements() {
    assertThatThrownBy(() -> TableReferences.of(QueryText.prepare("SELECT x FROM " + ID + " WHERE")))
        .isInstanceOf(LakeException.class).hasMessageContaining("line 1, column");
  }
}
