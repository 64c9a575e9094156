package dev.eventlake.query.sql;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.TimestampString;

/**
 * Turns string literals compared with {@code eventTime} into {@code TIMESTAMP} literals, so both
 * {@code '2024-01-05 13:51:00'} and ISO 8601 {@code '2024-01-05T13:51:00.250+02:00'} work (offsets are converted to UTC).
 */
final class EventTimeLiterals {
  private static final String COLUMN = "eventtime";
  private static final String EVENT_DATA = "eventData";
  private static final Set<SqlKind> COMPARISONS = Set.of(SqlKind.EQUALS, SqlKind.NOT_EQUALS, SqlKind.LESS_THAN,
      SqlKind.LESS_THAN_OR_EQUAL, SqlKind.GREATER_THAN, SqlKind.GREATER_THAN_OR_EQUAL, SqlKind.IS_DISTINCT_FROM,
      SqlKind.IS_NOT_DISTINCT_FROM);
  private static final Pattern TIMESTAMP = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?))?\\s*(Z|UTC|[+-]\\d{2}(?::?\\d{2})?)?",
      Pattern.CASE_INSENSITIVE);
  private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  private EventTimeLiterals() {}

  /** Rewrites the string operands of {@code call} in place when it compares {@code eventTime}. */
  static void rewrite(SqlCall call) {
    SqlKind kind = call.getKind();
    if (COMPARISONS.contains(kind) && call.operandCount() == 2) {
      if (isEventTime(call.operand(0))) {
        call.setOperand(1, converted(call.operand(1)));
      } else if (isEventTime(call.operand(1))) {
        call.setOperand(0, converted(call.operand(0)));
      }
    } else if (kind == SqlKind.BETWEEN && isEventTime(call.operand(0))) {
      call.setOperand(1, converted(call.operand(1)));
      call.setOperand(2, converted(call.operand(2)));
    } else if ((kind == SqlKind.IN || kind == SqlKind.NOT_IN) && isEventTime(call.operand(0))
        && call.operand(1) instanceof SqlNodeList list) {
      for (int index = 0; index < list.size(); index++) {
        list.set(index, converted(list.get(index)));
      }
    }
  }

  /** The top-level column (possibly behind a table alias), not ActivityAuditLog's string {@code eventData.eventTime}. */
  private static boolean isEventTime(SqlNode node) {
    if (!(node instanceof SqlIdentifier identifier) || identifier.isStar()) {
      return false;
    }
    int last = identifier.names.size() - 1;
    return identifier.names.get(last).toLowerCase(Locale.ROOT).equals(COLUMN)
        && (last == 0 || !identifier.names.get(last - 1).equalsIgnoreCase(EVENT_DATA));
  }

  private static SqlNode converted(SqlNode node) {
    if (!(node instanceof SqlCharStringLiteral literal)) {
      return node;
    }
    String text = literal.getValueAs(String.class).trim();
    LocalDateTime utc = parseUtc(text);
    if (utc == null) {
      throw new DialectError(String.format(Locale.ROOT, "'%s' is not a timestamp eventTime can be compared with; "
          + "write 'YYYY-MM-DD HH:MM:SS' or ISO 8601 such as '2024-01-05T13:51:00Z'", text),
          literal.getParserPosition());
    }
    return SqlLiteral.createTimestamp(SqlTypeName.TIMESTAMP, new TimestampString(LITERAL.format(utc)), 3,
        literal.getParserPosition());
  }

  /** {@code 'YYYY-MM-DD[ HH:MM[:SS[.f…]]]'} or ISO 8601 with an offset, as UTC; null when {@code text} is neither. */
  static LocalDateTime parseUtc(String text) {
    Matcher matcher = TIMESTAMP.matcher(text.trim());
    try {
      return matcher.matches() ? toUtc(matcher) : null;
    } catch (DateTimeException impossibleDate) {
      return null;
    }
  }

  private static LocalDateTime toUtc(Matcher matcher) {
    LocalDate date = LocalDate.parse(matcher.group(1));
    LocalTime time = matcher.group(2) == null ? LocalTime.MIDNIGHT : LocalTime.parse(matcher.group(2));
    LocalDateTime local = LocalDateTime.of(date, time);
    String zone = matcher.group(3);
    if (zone == null || zone.equalsIgnoreCase("UTC")) {
      return local;
    }
    ZoneOffset offset = ZoneOffset.of(zone.length() == 5 && zone.charAt(3) != ':'
        ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
    return local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }
}
