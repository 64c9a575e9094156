package dev.eventlake.api.imports;

/** An import's statistics as GetImport reports them; they grow while it runs. */
public record ImportTotals(long prefixesFound, long prefixesCompleted, long filesCompleted, long eventsCompleted,
    long failedEntries) {
  public static final ImportTotals NONE = new ImportTotals(0, 0, 0, 0, 0);

  /** The totals a retry starts from: the events earlier attempts imported, nothing else. */
  public ImportTotals forRetry() {
    return new ImportTotals(0, 0, 0, eventsCompleted, 0);
  }
}
