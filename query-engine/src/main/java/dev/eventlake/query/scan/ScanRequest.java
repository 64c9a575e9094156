package dev.eventlake.query.scan;

import java.util.List;
import java.util.Objects;

/**
 * What one scan of a store must produce and what it may skip.
 *
 * @param columns dotted Parquet paths in output order: a top-level column ({@code eventName}, {@code userIdentity})
 *     or a nested leaf or group ({@code userIdentity.arn}, {@code userIdentity.sessionContext.sessionIssuer}); each
 *     output row is an {@code Object[]} with one value per path, in the row form of {@link EventRows}. An empty list
 *     means the caller needs only the number of rows (each row is then an empty array).
 * @param eventTime the closed epoch-millis range the rows' {@code eventTime} must fall in
 * @param valueFilters string columns that must equal one of the given values; the scan applies them exactly
 * @param limit the most rows the caller will read, or {@code -1} for all
 */
public record ScanRequest(List<String> columns, TimeRange eventTime, List<ValueFilter> valueFilters, long limit) {
  public ScanRequest {
    columns = List.copyOf(columns);
    Objects.requireNonNull(eventTime, "eventTime");
    valueFilters = List.copyOf(valueFilters);
  }

  /** Every row, the given columns. */
  public static ScanRequest of(List<String> columns) {
    return new ScanRequest(columns, TimeRange.ALL, List.of(), -1);
  }

  /** A closed range of epoch milliseconds; {@link Long#MIN_VALUE}/{@link Long#MAX_VALUE} mean unbounded. */
  public record TimeRange(long fromMillis, long toMillis) {
    public static final TimeRange ALL = new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE);

    public boolean isEmpty() {
      return fromMillis > toMillis;
    }

    public boolean contains(long millis) {
      return millis >= fromMillis && millis <= toMillis;
    }

    public TimeRange intersect(TimeRange other) {
      return new TimeRange(Math.max(fromMillis, other.fromMillis), Math.min(toMillis, other.toMillis));
    }
  }

  /**
   * {@code column IN (values)} on a string leaf column given by its dotted path; with {@code values} null,
   * {@code column IS NOT NULL} (see {@link #notNull}).
   */
  public record ValueFilter(String column, List<String> values) {
    public ValueFilter {
      values = values == null ? null : List.copyOf(values);
    }

    /** {@code column IS NOT NULL}: any value passes, SQL NULL does not. */
    public static ValueFilter notNull(String column) {
      return new ValueFilter(column, null);
    }

    /** True for an {@code IS NOT NULL} filter. */
    public boolean anyValue() {
      return values == null;
    }
  }
}
