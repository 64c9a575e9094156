package dev.eventlake.query.result;

import dev.eventlake.query.engine.ColumnType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.VarCharVector;

/** Writes normalised Java values into the vectors of {@link ArrowSchemas} and reads them back. */
final class ValueVectors {
  private ValueVectors() {}

  /** Stores {@code value} (null for SQL NULL) of {@code type} at {@code index}, growing the vector as needed. */
  static void write(FieldVector vector, int index, Object value, ColumnType type) {
    if (value == null) {
      writeNull(vector, index);
      return;
    }
    switch (type.kind()) {
      case BOOLEAN -> ((BitVector) vector).setSafe(index, ((Boolean) value) ? 1 : 0);
      case INTEGER -> ((IntVector) vector).setSafe(index, ((Number) value).intValue());
      case BIGINT -> ((BigIntVector) vector).setSafe(index, ((Number) value).longValue());
      case DOUBLE -> ((Float8Vector) vector).setSafe(index, ((Number) value).doubleValue());
      case DECIMAL -> writeDecimal((DecimalVector) vector, index, (BigDecimal) value);
      case TIMESTAMP -> ((TimeStampMilliTZVector) vector).setSafe(index, ((Instant) value).toEpochMilli());
      case DATE -> ((DateDayVector) vector).setSafe(index, Math.toIntExact(((LocalDate) value).toEpochDay()));
      case MAP, ARRAY, ROW -> writeText(vector, index, ValueJson.toText(value, type));
      default -> writeText(vector, index, value.toString());
    }
  }

  /** The normalised Java value at {@code index}; null for SQL NULL. Complex kinds are parsed back from JSON. */
  static Object read(FieldVector vector, int index, ColumnType type) {
    if (vector.isNull(index)) {
      return null;
    }
    return switch (type.kind()) {
      case BOOLEAN -> ((BitVector) vector).get(index) != 0;
      case INTEGER -> ((IntVector) vector).get(index);
      case BIGINT -> ((BigIntVector) vector).get(index);
      case DOUBLE -> ((Float8Vector) vector).get(index);
      case DECIMAL -> ((DecimalVector) vector).getObject(index);
      case TIMESTAMP -> Instant.ofEpochMilli(((TimeStampMilliTZVector) vector).get(index));
      case DATE -> LocalDate.ofEpochDay(((DateDayVector) vector).get(index));
      case MAP, ARRAY, ROW -> ValueJson.fromText(readText(vector, index), type);
      default -> readText(vector, index);
    };
  }

  private static void writeDecimal(DecimalVector vector, int index, BigDecimal value) {
    BigDecimal scaled = value.setScale(vector.getScale(), RoundingMode.HALF_UP);
    if (scaled.precision() > vector.getPrecision()) {
      throw new IllegalArgumentException("The decimal " + value.toPlainString() + " has more than "
          + vector.getPrecision() + " digits, the precision of its column " + vector.getName());
    }
    vector.setSafe(index, scaled);
  }

  private static void writeText(FieldVector vector, int index, String text) {
    ((VarCharVector) vector).setSafe(index, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String readText(FieldVector vector, int index) {
    return new String(((VarCharVector) vector).get(index), StandardCharsets.UTF_8);
  }

  private static void writeNull(FieldVector vector, int index) {
    if (vector instanceof BaseFixedWidthVector fixedWidth) {
      fixedWidth.setNull(index);
    } else {
      ((BaseVariableWidthVector) vector).setNull(index);
    }
  }
}
