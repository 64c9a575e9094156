package dev.eventlake.bench.query;

import dev.eventlake.bench.measure.MemoryPeak;
import dev.eventlake.bench.measure.Profile;
import dev.eventlake.bench.measure.Timings;
import java.util.List;

/**
 * The query phase's results.
 *
 * @param parameters the values the queries looked for
 * @param measurements one per query, in suite order
 * @param lakeMemory peak memory while Eventlake ran the suite
 * @param duckMemory peak memory while DuckDB ran the suite
 * @param lakeProfile where Eventlake's threads spent the suite's time
 */
public record QueryPhase(QueryParameters parameters, List<QueryMeasurement> measurements, MemoryPeak lakeMemory,
    MemoryPeak duckMemory, Profile lakeProfile) {

  public QueryPhase {
    measurements = List.copyOf(measurements);
  }

  /** The geometric mean of the per-query ratios. */
  public double geometricMeanRatio() {
    return Timings.geometricMean(measurements.stream().mapToDouble(QueryMeasurement::ratio).toArray());
  }

  /** The geometric mean of the ratios of the needle and time-window queries. */
  public double pruningGeometricMeanRatio() {
    return Timings.geometricMean(measurements.stream().filter(measurement -> measurement.query().kind()
        .pruningTarget()).mapToDouble(QueryMeasurement::ratio).toArray());
  }

  public List<QueryMeasurement> mismatches() {
    return measurements.stream().filter(measurement -> !measurement.matches()).toList();
  }
}
