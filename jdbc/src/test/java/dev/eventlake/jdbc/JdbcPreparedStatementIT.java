package dev.eventlake.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prepared statements: values set through JDBC travel as typed parameters and the server binds them (a quote in a
 * value stays data); one statement runs again with new values; unset and NULL values are refused clearly.
 */
class JdbcPreparedStatementIT {
  @TempDir
  static Path dataDirectory;
  private static LiveServer server;
  private static Connection connection;
  private static String table;

  @BeforeAll
  static void start() throws SQLException {
    server = LiveServer.start(dataDirectory);
    connection = server.connect();
    table = "\"" + server.audit().id() + "\"";
  }

  @AfterAll
  static void stop() throws SQLException {
    connection.close();
    server.close();
  }

  @Test
  void bindsTypedValuesAndRunsAgainWithNewOnes() throws Exception {
    Map<String, Long> expected = CorpusRecords.managementEventsByName();
    try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table
        + " WHERE eventName = ? AND eventTime >= ? AND eventTime < ? AND ? > 0.5 AND ? = TRUE")) {
      statement.setTimestamp(2, Timestamp.valueOf("2000-01-01 00:00:00"));
      statement.setObject(3, Instant.parse("2100-01-01T00:00:00Z"));
      statement.setBigDecimal(4, new BigDecimal("0.75"));
      statement.setBoolean(5, true);
      for (String eventName : new String[] {"Decrypt", "AssumeRole", "NoSuchEvent"}) {
        statement.setString(1, eventName);
        try (ResultSet results = statement.executeQuery()) {
          assertThat(results.next()).isTrue();
          assertThat(results.getLong(1)).as(eventName).isEqualTo(expected.getOrDefault(eventName, 0L));
        }
      }
      assertThat(statement.getMetaData().getColumnType(1)).isEqualTo(Types.BIGINT);
    }
  }

  @Test
  void bindsWholeNumbersForLimitsAndKeepsQuotesAsData() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT eventName FROM " + table
        + " WHERE eventName <> ? LIMIT ?")) {
      statement.setString(1, "x' OR '1'='1");
      statement.setInt(2, 4);
      int rows = 0;
      try (ResultSet results = statement.executeQuery()) {
        while (results.next()) {
          rows++;
        }
      }
      assertThat(rows).isEqualTo(4);
    }
    try (PreparedStatement statement = connection.prepareStatement("SELECT eventName FROM " + table
        + " WHERE eventName = ?")) {
      statement.setObject(1, "x' OR '1'='1", Types.VARCHAR);
      assertThat(statement.executeQuery().next()).isFalse();
    }
  }

  @Test
  void bindsDatesAndTimesAsUtcTimestamps() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table
        + " WHERE eventTime >= ? AND eventTime >= ? AND eventTime >= ?")) {
      statement.setDate(1, java.sql.Date.valueOf("2001-01-01"));
      statement.setObject(2, LocalDateTime.parse("2001-01-01T00:00:00"));
      statement.setObject(3, "2001-01-01 00:00:00", Types.TIMESTAMP);
      try (ResultSet results = statement.executeQuery()) {
        assertThat(results.next()).isTrue();
        assertThat(results.getLong(1)).isPositive();
      }
    }
  }

  @Test
  void refusesMissingNullAndMisplacedValues() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT eventName FROM " + table
        + " WHERE eventName = ? AND eventSource = ?")) {
      statement.setString(2, "s3.amazonaws.com");
      assertThatThrownBy(statement::executeQuery).hasMessageContaining("Parameter 1 has no value")
          .extracting(failure -> ((SQLException) failure).getSQLState()).isEqualTo("07001");
      assertThatThrownBy(() -> statement.setNull(1, Types.VARCHAR))
          .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("IS NULL");
      statement.setString(1, "GetBucketAcl");
      statement.setString(3, "one too many");
      assertThatThrownBy(statement::executeQuery).hasMessageStartingWith("InvalidParameterException: ");
      statement.clearParameters();
      assertThatThrownBy(statement::executeQuery).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> statement.executeQuery("SELECT 1")).hasMessageContaining("prepared with");
      assertThatThrownBy(statement::executeUpdate).hasMessageContaining("read-only");
    }
  }
}
