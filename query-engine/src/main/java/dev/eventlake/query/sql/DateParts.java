package dev.eventlake.query.sql;

import java.util.Map;
import java.util.function.Function;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/** Trino's date-part functions ({@code year(t)}, {@code day_of_week(t)}, …) as {@code EXTRACT} calls. */
final class DateParts {
  private DateParts() {}

  static void register(Map<String, Function<SqlCall, SqlNode>> rewrites) {
    extract(rewrites, TimeUnit.YEAR, "year");
    extract(rewrites, TimeUnit.QUARTER, "quarter");
    extract(rewrites, TimeUnit.MONTH, "month");
    extract(rewrites, TimeUnit.WEEK, "week", "week_of_year");
    extract(rewrites, TimeUnit.DAY, "day", "day_of_month");
    extract(rewrites, TimeUnit.ISODOW, "day_of_week", "dow");
    extract(rewrites, TimeUnit.DOY, "day_of_year", "doy");
    extract(rewrites, TimeUnit.ISOYEAR, "year_of_week", "yow");
    extract(rewrites, TimeUnit.HOUR, "hour");
    extract(rewrites, TimeUnit.MINUTE, "minute");
    extract(rewrites, TimeUnit.SECOND, "second");
    rewrites.put("millisecond", DateParts::millisecond);
  }

  /** {@code date(x)}: {@code CAST(x AS DATE)}. */
  static SqlNode castToDate(SqlCall call) {
    SqlParserPos position = call.getParserPosition();
    SqlDataTypeSpec date = new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.DATE, position), position);
    return SqlStdOperatorTable.CAST.createCall(position, call.operand(0), date);
  }

  private static void extract(Map<String, Function<SqlCall, SqlNode>> rewrites, TimeUnit unit, String... names) {
    for (String name : names) {
      rewrites.put(name, call -> extract(unit, call));
    }
  }

  private static SqlNode extract(TimeUnit unit, SqlCall call) {
    if (call.operandCount() != 1) {
      return call;
    }
    SqlParserPos position = call.getParserPosition();
    return SqlStdOperatorTable.EXTRACT.createCall(position, new SqlIntervalQualifier(unit, null, position),
        call.operand(0));
  }

  /** The millisecond of the second, 0 to 999 ({@code EXTRACT(MILLISECOND …)} includes the seconds). */
  private static SqlNode millisecond(SqlCall call) {
    SqlParserPos position = call.getParserPosition();
    SqlNode milliseconds = extract(TimeUnit.MILLISECOND, call);
    return SqlStdOperatorTable.MOD.createCall(position, milliseconds,
        SqlLiteral.createExactNumeric("1000", position));
  }
}
