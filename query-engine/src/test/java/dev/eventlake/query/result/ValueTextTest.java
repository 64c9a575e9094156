package dev.eventlake.query.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.query.engine.ColumnType;
import dev.eventlake.query.engine.ColumnType.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CloudTrail's all-strings rendering of every value kind. */
class ValueTextTest {
  private static final ColumnType VARCHAR = ColumnType.scalar(Kind.STRING, "VARCHAR");
  private static final ColumnType BIGINT = ColumnType.scalar(Kind.BIGINT, "BIGINT");
  private static final ColumnType TIMESTAMP = ColumnType.scalar(Kind.TIMESTAMP, "TIMESTAMP(3)");

  @Test
  void scalarsRenderPlainly() {
    assertThat(ValueText.render(96059L, BIGINT)).isEqualTo("96059");
    assertThat(ValueText.render(7, ColumnType.scalar(Kind.INTEGER, "INTEGER"))).isEqualTo("7");
    assertThat(ValueText.render(true, ColumnType.scalar(Kind.BOOLEAN, "BOOLEAN"))).isEqualTo("true");
    assertThat(ValueText.render("ListBuckets", VARCHAR)).isEqualTo("ListBuckets");
    assertThat(ValueText.render(new BigDecimal("1E+3"), ColumnType.scalar(Kind.DECIMAL, "DECIMAL(10, 2)")))
        .isEqualTo("1000");
    assertThat(ValueText.render(LocalDate.parse("2023-01-22"), ColumnType.scalar(Kind.DATE, "DATE")))
        .isEqualTo("2023-01-22");
    assertThat(ValueText.render(null, VARCHAR)).isNull();
  }

  @Test
  void timestampsHaveMillisecondsInUtc() {
    assertThat(ValueText.render(Instant.parse("2023-01-22T16:53:53Z"), TIMESTAMP))
        .isEqualTo("2023-01-22 16:53:53.000");
    assertThat(ValueText.render(Instant.parse("2023-01-22T16:53:53.1239Z"), TIMESTAMP))
        .isEqualTo("2023-01-22 16:53:53.123");
  }

  @Test
  void doublesAvoidExponentsWhereReasonable() {
    assertThat(ValueText.renderDouble(3.0)).isEqualTo("3.0");
    assertThat(ValueText.renderDouble(0.0001)).isEqualTo("0.0001");
    assertThat(ValueText.renderDouble(12345678.5)).isEqualTo("12345678.5");
    assertThat(ValueText.renderDouble(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(ValueText.renderDouble(-2.5)).isEqualTo("-2.5");
    assertThat(ValueText.renderDouble(1e20)).isEqualTo("1.0E20");
    assertThat(ValueText.renderDouble(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void complexValuesRenderAsJson() {
    ColumnType map = new ColumnType(Kind.MAP, "MAP<VARCHAR, VARCHAR>", List.of(), List.of(VARCHAR, VARCHAR));
    ColumnType array = new ColumnType(Kind.ARRAY, "ARRAY<TIMESTAMP(3)>", List.of(), List.of(TIMESTAMP));
    ColumnType row = new ColumnType(Kind.ROW, "ROW(type VARCHAR, count BIGINT)", List.of("type", "count"),
        List.of(VARCHAR, BIGINT));
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("bucketName", "logs");
    entries.put("missing", null);

    assertThat(ValueText.render(entries, map)).isEqualTo("{\"bucketName\":\"logs\",\"missing\":null}");
    assertThat(ValueText.render(List.of(Instant.EPOCH), array)).isEqualTo("[\"1970-01-01 00:00:00.000\"]");
    assertThat(ValueText.render(Arrays.asList("IAMUser", 3L), row)).isEqualTo("{\"type\":\"IAMUser\",\"count\":3}");
  }
}
