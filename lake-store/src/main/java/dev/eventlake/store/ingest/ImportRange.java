package dev.eventlake.store.ingest;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The optional eventTime window of an import; a null end means "no end", a null start "no start". */
public record ImportRange(Instant start, Instant end) {
  public static final ImportRange ALL = new ImportRange(null, null);

  public ImportRange {
    if (start != null && end != null && start.isAfter(end)) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER,
          "import start time %s is after end time %s; give a start before the end", start, end);
    }
  }

  public boolean contains(Instant eventTime) {
    return (start == null || !eventTime.isBefore(start)) && (end == null || !eventTime.isAfter(end));
  }

  /**
   * Whether a log delivered on {@code day} may hold events of the window. CloudTrail delivers a record after it
   * happened, usually within minutes, so a file can only hold events up to its delivery day; one day of slack at
   * the end covers late deliveries.
   */
  public boolean mayContainDeliveryDay(LocalDate day) {
    boolean afterStart = start == null || !day.isBefore(start.atZone(ZoneOffset.UTC).toLocalDate());
    boolean beforeEnd = end == null || !day.isAfter(end.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1));
    return afterStart && beforeEnd;
  }
}
