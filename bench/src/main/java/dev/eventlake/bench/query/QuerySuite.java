package dev.eventlake.bench.query;

import static dev.eventlake.bench.query.QueryKind.FULL_SCAN;
import static dev.eventlake.bench.query.QueryKind.JOIN;
import static dev.eventlake.bench.query.QueryKind.NEEDLE;
import static dev.eventlake.bench.query.QueryKind.TIME_WINDOW;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit query suite. Each query is one template with placeholders ({@code {events}}, {@code {day}} …) filled in
 * per engine, or two templates where the dialects differ (UNNEST). Every ORDER BY ... LIMIT is a total order, so
 * both engines must return the same rows.
 */
public final class QuerySuite {
  private QuerySuite() {}

  /** The queries, with {@code parameters} filled in: first those pruning should speed up, then the others. */
  public static List<BenchQuery> queries(QueryParameters parameters) {
    Placeholders placeholders = new Placeholders(parameters);
    List<BenchQuery> queries = new ArrayList<>(pruningQueries(placeholders));
    queries.addAll(otherQueries(placeholders));
    return List.copyOf(queries);
  }

  /** Needles and time windows, held to the ≤ 0.5× target. */
  private static List<BenchQuery> pruningQueries(Placeholders placeholders) {
    return List.of(
        placeholders.both("needle-access-key-one-day", NEEDLE, "SELECT eventTime, eventSource, eventName, "
            + "sourceIPAddress FROM {events} WHERE userIdentity.accessKeyId = {accessKey} AND {day} "
            + "ORDER BY eventTime, eventID"),
        placeholders.both("needle-event-id", NEEDLE, "SELECT eventTime, eventName, userIdentity.arn AS arn "
            + "FROM {events} WHERE eventID = {eventId}"),
        placeholders.both("principal-actions-one-week", TIME_WINDOW, "SELECT eventTime, eventSource, eventName, "
            + "awsRegion, errorCode FROM {events} WHERE userIdentity.arn = {principal} AND {week} "
            + "ORDER BY eventTime, eventID"),
        placeholders.both("top-callers-one-day", TIME_WINDOW, "SELECT userIdentity.arn AS arn, COUNT(*) AS n "
            + "FROM {events} WHERE {day} AND userIdentity.arn IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10"),
        placeholders.both("events-per-hour-one-day", TIME_WINDOW, "SELECT date_trunc('hour', eventTime) AS hour, "
            + "COUNT(*) AS n FROM {events} WHERE {day} GROUP BY 1 ORDER BY 1"),
        placeholders.both("errors-by-service-30-days", TIME_WINDOW, "SELECT eventSource, errorCode, COUNT(*) AS n "
            + "FROM {events} WHERE {month} AND errorCode IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2"),
        placeholders.both("latest-action-per-principal-one-day", TIME_WINDOW, "SELECT arn, eventTime, eventName "
            + "FROM (SELECT userIdentity.arn AS arn, eventTime, eventName, row_number() OVER (PARTITION BY "
            + "userIdentity.arn ORDER BY eventTime DESC, eventID) AS rn FROM {events} WHERE {day} AND "
            + "userIdentity.arn IS NOT NULL) WHERE rn = 1 ORDER BY arn"));
  }

  /** Full scans, UNNEST and the join of two stores. */
  private static List<BenchQuery> otherQueries(Placeholders placeholders) {
    return List.of(
        placeholders.both("group-by-source-and-name", FULL_SCAN, "SELECT eventSource, eventName, COUNT(*) AS n "
            + "FROM {events} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2"),
        placeholders.both("distinct-source-ips-per-principal", FULL_SCAN, "SELECT userIdentity.arn AS arn, "
            + "COUNT(DISTINCT sourceIPAddress) AS ips FROM {events} WHERE userIdentity.arn IS NOT NULL GROUP BY 1 "
            + "ORDER BY 2 DESC, 1 LIMIT 20"),
        placeholders.both("console-logins-without-mfa", FULL_SCAN, "SELECT userIdentity.arn AS arn, "
            + "sourceIPAddress, COUNT(*) AS n FROM {events} WHERE eventName = 'ConsoleLogin' AND "
            + "additionalEventData['MFAUsed'] = 'No' GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2"),
        placeholders.both("s3-object-reads-of-one-bucket", FULL_SCAN, "SELECT userIdentity.arn AS arn, COUNT(*) AS n "
            + "FROM {events} WHERE eventSource = 's3.amazonaws.com' AND eventName = 'GetObject' AND "
            + "requestParameters['bucketName'] = {bucket} GROUP BY 1 ORDER BY 2 DESC, 1"),
        placeholders.each("unnest-resources-by-type", FULL_SCAN, "SELECT r.type AS type, COUNT(*) AS n FROM "
            + "(SELECT resources FROM {events} WHERE resources IS NOT NULL) e CROSS JOIN UNNEST(e.resources) AS "
            + "r(accountId, type, arn, arnPrefix) GROUP BY 1 ORDER BY 2 DESC, 1",
            "SELECT r.type AS type, COUNT(*) AS n FROM (SELECT unnest(resources) AS r FROM {events} "
            + "WHERE resources IS NOT NULL) GROUP BY 1 ORDER BY 2 DESC, 1"),
        placeholders.both("join-recent-actions-of-failing-principals", JOIN, "SELECT r.eventName, COUNT(*) AS n "
            + "FROM {recent} r JOIN (SELECT DISTINCT userIdentity.arn AS arn FROM {events} WHERE {lastDay} AND "
            + "errorCode IS NOT NULL AND userIdentity.arn IS NOT NULL) f ON r.userIdentity.arn = f.arn "
            + "GROUP BY r.eventName ORDER BY n DESC, r.eventName"),
        placeholders.both("like-scan-user-agent", FULL_SCAN, "SELECT eventSource, COUNT(*) AS n FROM {events} "
            + "WHERE userAgent LIKE '%aws-cli/%' GROUP BY 1 ORDER BY 2 DESC, 1"));
  }

  /** Fills the placeholders of a template for each engine. */
  private static final class Placeholders {
    private final Map<String, String> lake;
    private final Map<String, String> duck;

    Placeholders(QueryParameters parameters) {
      TimeWindow day = TimeWindow.days(parameters.day(), 1);
      TimeWindow week = TimeWindow.days(parameters.day().minusDays(6), 7);
      TimeWindow month = TimeWindow.days(parameters.lastDay().minusDays(29), 30);
      TimeWindow lastDay = TimeWindow.days(parameters.lastDay(), 1);
      Map<String, String> shared = Map.of("{accessKey}", quoted(parameters.accessKeyId()),
          "{eventId}", quoted(parameters.eventId()), "{principal}", quoted(parameters.principalArn()),
          "{bucket}", quoted(parameters.bucket()));
      lake = new HashMap<>(shared);
      lake.putAll(Map.of("{events}", parameters.eventsStore(), "{recent}", parameters.recentStore(),
          "{day}", day.lakeCondition(), "{week}", week.lakeCondition(), "{month}", month.lakeCondition(),
          "{lastDay}", lastDay.lakeCondition()));
      duck = new HashMap<>(shared);
      duck.putAll(Map.of("{events}", parameters.eventsFiles(), "{recent}", parameters.recentFiles(),
          "{day}", day.duckCondition(), "{week}", week.duckCondition(), "{month}", month.duckCondition(),
          "{lastDay}", lastDay.duckCondition()));
    }

    BenchQuery both(String name, QueryKind kind, String template) {
      return each(name, kind, template, template);
    }

    BenchQuery each(String name, QueryKind kind, String lakeTemplate, String duckTemplate) {
      return new BenchQuery(name, kind, fill(lakeTemplate, lake), fill(duckTemplate, duck));
    }

    private static String fill(String template, Map<String, String> values) {
      String sql = template;
      for (Map.Entry<String, String> value : values.entrySet()) {
        sql = sql.replace(value.getKey(), value.getValue());
      }
      if (sql.contains("{")) {
        throw new IllegalStateException("unfilled placeholder in " + sql);
      }
      return sql;
    }

    private static String quoted(String value) {
      return "'" + value.replace("'", "''") + "'";
    }
  }
}
