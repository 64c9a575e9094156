package dev.eventlake.bench.query;

import static dev.eventlake.bench.DuckDbSession.literal;

import dev.eventlake.bench.DuckDbSession;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;

/** Picks the suite's parameters from the data with DuckDB (untimed), deterministically for the same data. */
public final class ParameterFinder {
  private ParameterFinder() {}

  /** DuckDB's expression for a store's Parquet files, read directly with Hive partitioning. */
  public static String parquetFiles(Path storeDirectory) {
    return "read_parquet(" + literal(storeDirectory.toAbsolutePath() + "/*/*.parquet") + ", hive_partitioning = true)";
  }

  /** Parameters for stores in {@code eventsDirectory} and {@code recentDirectory} with events up to {@code lastDay}. */
  public static QueryParameters find(DuckDbSession duck, String eventsStore, Path eventsDirectory, String recentStore,
      Path recentDirectory, LocalDate day, LocalDate lastDay) throws SQLException {
    String files = parquetFiles(eventsDirectory);
    String oneDay = TimeWindow.days(day, 1).duckCondition();
    String week = TimeWindow.days(day.minusDays(6), 7).duckCondition();
    String accessKey = text(duck, "SELECT userIdentity.accessKeyId FROM " + files + " WHERE " + oneDay
        + " AND userIdentity.accessKeyId IS NOT NULL GROUP BY 1 ORDER BY abs(count(*) - 20), 1 LIMIT 1");
    String principal = text(duck, "SELECT userIdentity.arn FROM " + files + " WHERE " + week
        + " AND userIdentity.arn IS NOT NULL GROUP BY 1 ORDER BY abs(count(*) - 500), 1 LIMIT 1");
    String bucket = text(duck, "SELECT requestParameters['bucketName'] FROM " + files
        + " WHERE eventName = 'GetObject' AND requestParameters['bucketName'] IS NOT NULL GROUP BY 1"
        + " ORDER BY count(*) DESC, 1 LIMIT 1");
    String eventId = text(duck, "SELECT eventID FROM " + files + " WHERE " + oneDay + " ORDER BY eventID LIMIT 1");
    return new QueryParameters(eventsStore, recentStore, files, parquetFiles(recentDirectory), day, lastDay,
        accessKey, principal, bucket, eventId);
  }

  private static String text(DuckDbSession duck, String sql) throws SQLException {
    Object value = duck.single(sql);
    if (value == null) {
      throw new SQLException("no value for a query parameter: " + sql);
    }
    return value.toString();
  }
}
