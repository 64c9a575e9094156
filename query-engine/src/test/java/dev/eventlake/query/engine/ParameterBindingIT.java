package dev.eventlake.query.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.query.sql.BoundParameter;
import dev.eventlake.query.sql.BoundStatement;
import dev.eventlake.query.sql.ParameterType;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter values reach the engine as typed JDBC parameters: they filter like literals and never become SQL. */
class ParameterBindingIT {
  @TempDir
  static Path dataDirectory;
  private static CorpusEngine corpus;
  private static LakeEngine engine;
  private static String storeId;

  @BeforeAll
  static void importCorpus() throws Exception {
    corpus = CorpusEngine.open(dataDirectory);
    engine = corpus.engine();
    storeId = corpus.storeId();
  }

  @AfterAll
  static void close() {
    corpus.close();
  }

  @Test
  void typedValuesFilterExactlyAsLiteralsDo() {
    String literal = rows(BoundStatement.of("SELECT eventID FROM audit WHERE eventName = 'AssumeRole' AND eventTime "
        + "> '2020-01-01 00:00:00' ORDER BY eventID LIMIT 50")).toString();
    List<List<Object>> bound = rows(new BoundStatement("SELECT eventID FROM audit WHERE eventName = :name AND "
        + "eventTime > :after ORDER BY eventID LIMIT :rows", List.of(varchar("name", "AssumeRole"),
        new BoundParameter("after", ParameterType.TIMESTAMP, "2020-01-01T00:00:00Z"),
        new BoundParameter("rows", ParameterType.BIGINT, "50"))));
    assertThat(bound).hasSize(50);
    assertThat(bound.toString()).isEqualTo(literal);
  }

  @Test
  void injectionAttemptsStayData() {
    assertThat(count("SELECT COUNT(*) FROM audit WHERE eventName = ?", varchar("1", "x' OR '1'='1"))).isZero();
    assertThat(count("SELECT COUNT(*) FROM audit WHERE eventName = :n", varchar("n", "' OR 1=1 --"))).isZero();
    assertThat(count("SELECT COUNT(*) FROM audit WHERE eventName = ?",
        varchar("1", "AssumeRole'; DROP TABLE audit; --"))).isZero();
    assertThat(rows(new BoundStatement("SELECT :text AS echoed FROM audit LIMIT 1",
        List.of(varchar("text", "x' OR '1'='1"))))).containsExactly(List.of("x' OR '1'='1"));
    assertThat(count("SELECT COUNT(*) FROM audit WHERE eventName = ?", varchar("1", "AssumeRole"))).isPositive();
  }

  @Test
  void everyTypeBindsAndComesBackTyped() {
    List<List<Object>> row = rows(new BoundStatement("SELECT :b AS b, :d AS d, :n + 1 AS n, :t AS t FROM audit "
        + "LIMIT 1", List.of(new BoundParameter("b", ParameterType.BOOLEAN, "true"),
        new BoundParameter("d", ParameterType.DOUBLE, "0.5"), new BoundParameter("n", ParameterType.BIGINT, "41"),
        new BoundParameter("t", ParameterType.TIMESTAMP, "2024-01-05 13:51:00.250"))));
    assertThat(row).containsExactly(List.of(true, 0.5, 42L, java.time.Instant.ofEpochMilli(1704462660250L)));
  }

  @Test
  void valuesThatDoNotFitTheirTypeAreRejectedBeforeRunning() {
    assertThatThrownBy(() -> engine.start(new BoundStatement("SELECT eventID FROM audit LIMIT ?",
        List.of(new BoundParameter("rows", ParameterType.BIGINT, "ten"))), new ScanStatistics()))
        .isInstanceOfSatisfying(LakeException.class,
            failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_PARAMETER));
    assertThatThrownBy(() -> engine.validate(new BoundStatement("SELECT eventID FROM audit WHERE eventName = :x",
        List.of(varchar("y", "a"))))).hasMessageContaining("No value was given for parameter 'x'");
  }

  private static BoundParameter varchar(String name, String value) {
    return new BoundParameter(name, ParameterType.VARCHAR, value);
  }

  private static long count(String sql, BoundParameter parameter) {
    return (Long) rows(new BoundStatement(sql, List.of(parameter))).get(0).get(0);
  }

  private static List<List<Object>> rows(BoundStatement statement) {
    List<List<Object>> rows = new ArrayList<>();
    try (StatementExecution execution = engine.start(statement, new ScanStatistics())) {
      while (execution.next()) {
        rows.add(Arrays.asList(execution.row()));
      }
    }
    return rows;
  }
}
