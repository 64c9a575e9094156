package dev.eventlake.bench.query;

import dev.eventlake.query.scan.ScanStatistics;
import java.util.List;

/**
 * The rows one run returned, plus Eventlake's scan statistics (null for DuckDB).
 *
 * @param rows every row, values as the engine returned them
 * @param statistics what Eventlake's scans read and skipped
 */
record QueryOutcome(List<List<Object>> rows, ScanStatistics statistics) {}
