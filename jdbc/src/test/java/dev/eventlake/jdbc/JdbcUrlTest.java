package dev.eventlake.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** URLs and connection settings, without a server. */
class JdbcUrlTest {
  @Test
  void parsesHostPortAndProperties() throws SQLException {
    assertThat(DriverUrl.parse("jdbc:eventlake://lake.example.com:9443/?ssl=true&pageSize=50"))
        .isEqualTo(new DriverUrl("lake.example.com", 9443, Map.of("ssl", "true", "pageSize", "50")));
    assertThat(DriverUrl.parse("jdbc:eventlake://10.0.0.7:8080")).isEqualTo(new DriverUrl("10.0.0.7", 8080,
        Map.of()));
    assertThat(DriverUrl.parse("jdbc:eventlake://[::1]:8080/").host()).isEqualTo("[::1]");
    assertThat(DriverUrl.parse("jdbc:eventlake://lake?sslTrustStorePath=%2Ftmp%2Fa%20b.p12"))
        .isEqualTo(new DriverUrl("lake", -1, Map.of("sslTrustStorePath", "/tmp/a b.p12")));
  }

  @Test
  void refusesMalformedUrlsNamingTheProblem() {
    assertThatThrownBy(() -> DriverUrl.parse("jdbc:eventlake:/lake:8080")).hasMessageContaining("must start with");
    assertThatThrownBy(() -> DriverUrl.parse("jdbc:eventlake://lake:8080/db")).hasMessageContaining("no path");
    assertThatThrownBy(() -> DriverUrl.parse("jdbc:eventlake://lake:8080?ssl")).hasMessageContaining("no value");
    assertThatThrownBy(() -> DriverUrl.parse("jdbc:eventlake://lake:8080?ssl=true&ssl=false"))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> DriverUrl.parse("jdbc:eventlake://user@lake:8080")).hasMessageContaining("write it as");
  }

  @Test
  void defaultsThePortByScheme() throws SQLException {
    assertThat(ConnectionSettings.of("jdbc:eventlake://lake", new Properties()).baseUri())
        .hasToString("http://lake:8080");
    assertThat(ConnectionSettings.of("jdbc:eventlake://lake?ssl=true", new Properties()).baseUri())
        .hasToString("https://lake:443");
    assertThat(ConnectionSettings.of("jdbc:eventlake://lake:9000?ssl=TRUE", new Properties()).baseUri())
        .hasToString("https://lake:9000");
    assertThatThrownBy(() -> ConnectionSettings.of("jdbc:eventlake://lake?ssl=yes", new Properties()).baseUri())
        .hasMessageContaining("ssl must be true or false");
  }

  @Test
  void readsEngineTypeNames() {
    assertThat(SqlType.fromEngine("TIMESTAMP(3)")).isEqualTo(new SqlType(ValueKind.TIMESTAMP, "TIMESTAMP", 23, 3));
    assertThat(SqlType.fromEngine("DECIMAL(10, 2)")).isEqualTo(new SqlType(ValueKind.DECIMAL, "DECIMAL", 10, 2));
    assertThat(SqlType.fromEngine("(VARCHAR, VARCHAR) MAP").kind()).isEqualTo(ValueKind.MAP);
    assertThat(SqlType.fromEngine("RecordType:peek_no_expand(VARCHAR arn) ARRAY").kind())
        .isEqualTo(ValueKind.ARRAY);
    assertThat(SqlType.fromEngine("RecordType:peek_no_expand(VARCHAR arn, BIGINT n)").kind())
        .isEqualTo(ValueKind.ROW);
    assertThat(SqlType.fromEngine("CHAR(3)").kind()).isEqualTo(ValueKind.STRING);
    assertThat(SqlType.fromEngine("SMALLINT").kind()).isEqualTo(ValueKind.INTEGER);
    assertThat(SqlType.fromEngine("INTERVAL DAY").kind()).isEqualTo(ValueKind.OTHER);
    assertThat(SqlType.fromColumn("ROW", "ROW(arn VARCHAR)").name()).isEqualTo("ROW(arn VARCHAR)");
  }

  @Test
  void matchesJdbcSearchPatterns() {
    assertThat(MetaDataRows.matches("user%", "userIdentity.arn")).isTrue();
    assertThat(MetaDataRows.matches("USER_dentity", "userIdentity")).isTrue();
    assertThat(MetaDataRows.matches("user\\_x", "user_x")).isTrue();
    assertThat(MetaDataRows.matches("user\\_x", "userAx")).isFalse();
    assertThat(MetaDataRows.matches("%", null)).isTrue();
    assertThat(MetaDataRows.matches("lake", null)).isFalse();
    assertThat(MetaDataRows.matches(null, "anything")).isTrue();
  }
}
