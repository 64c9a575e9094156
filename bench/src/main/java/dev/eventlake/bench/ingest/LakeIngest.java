package dev.eventlake.bench.ingest;

import dev.eventlake.store.Lake;
import dev.eventlake.store.ingest.ImportStatistics;
import java.util.List;

/**
 * The Eventlake side of the ingest phase: the lake, its stores and what importing cost.
 *
 * @param lake the lake the stores live in
 * @param eventsStoreId the store holding every event (the one timed)
 * @param recentStoreId a second store, the management events of the last week, for the join query
 * @param statistics the timed import's own statistics
 * @param recentImportNanos how long importing the second store took (setup, not part of the ingest figures)
 * @param measurement what the timed import cost
 * @param columnSizes the first store's compressed bytes per top-level column, largest first
 */
public record LakeIngest(Lake lake, String eventsStoreId, String recentStoreId, ImportStatistics statistics,
    long recentImportNanos, IngestMeasurement measurement, List<ColumnSizes.ColumnSize> columnSizes) {

  public LakeIngest {
    columnSizes = List.copyOf(columnSizes);
  }
}
