package dev.eventlake.query.result;

import dev.eventlake.query.engine.ColumnType;
import dev.eventlake.query.engine.ResultColumn;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The Arrow schema of a result: scalar kinds typed, maps, arrays, rows and other values as UTF-8 text (JSON for
 * the complex kinds). Each field carries the SQL type in its metadata under {@link #SQL_TYPE_KEY}.
 */
public final class ArrowSchemas {
  /** Field metadata key holding the column's SQL type, e.g. {@code MAP<VARCHAR, VARCHAR>}. */
  public static final String SQL_TYPE_KEY = "eventlake.sqlType";

  private static final Pattern DECIMAL = Pattern.compile("(?i)^\\s*DECIMAL\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");
  private static final int MAXIMUM_PRECISION = 38;
  private static final int DEFAULT_SCALE = 18;

  private ArrowSchemas() {}

  /** The schema of a result with these columns. */
  public static Schema schema(List<ResultColumn> columns) {
    return new Schema(columns.stream().map(ArrowSchemas::field).toList());
  }

  private static Field field(ResultColumn column) {
    Map<String, String> metadata = Map.of(SQL_TYPE_KEY, column.type().sqlName());
    return new Field(column.label(), new FieldType(true, arrowType(column.type()), null, metadata), null);
  }

  /** The Arrow type values of {@code type} are stored as. */
  static ArrowType arrowType(ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN -> ArrowType.Bool.INSTANCE;
      case INTEGER -> new ArrowType.Int(32, true);
      case BIGINT -> new ArrowType.Int(64, true);
      case DOUBLE -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
      case DECIMAL -> new ArrowType.Decimal(decimalPrecision(type), decimalScale(type), 128);
      case TIMESTAMP -> new ArrowType.Timestamp(TimeUnit.MILLISECOND, "UTC");
      case DATE -> new ArrowType.Date(DateUnit.DAY);
      default -> ArrowType.Utf8.INSTANCE;
    };
  }

  /** The precision of a {@code DECIMAL(p, s)} type; 38 when the SQL name does not say. */
  static int decimalPrecision(ColumnType type) {
    Matcher matcher = DECIMAL.matcher(type.sqlName());
    return matcher.find() ? Math.min(MAXIMUM_PRECISION, Integer.parseInt(matcher.group(1))) : MAXIMUM_PRECISION;
  }

  /** The scale of a {@code DECIMAL(p, s)} type; 0 for {@code DECIMAL(p)}, 18 when the SQL name does not say. */
  static int decimalScale(ColumnType type) {
    Matcher matcher = DECIMAL.matcher(type.sqlName());
    if (!matcher.find()) {
      return DEFAULT_SCALE;
    }
    return matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
  }
}
