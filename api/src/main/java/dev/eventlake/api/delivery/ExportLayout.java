package dev.eventlake.api.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * CloudTrail Lake's layout of delivered results:
 * {@code AWSLogs/<account>/CloudTrail-Lake/Query/YYYY/MM/DD/<query-id>/result_N.csv.gz} and {@code result_sign.json}.
 */
final class ExportLayout {
  static final String SIGN_FILE = "result_sign.json";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

  private ExportLayout() {}

  /** The folder of one query's files, relative to the destination, ending with {@code /}. */
  static String folder(String accountId, Instant queryEndTime, String queryId) {
    return "AWSLogs/" + accountId + "/CloudTrail-Lake/Query/" + DAY.format(queryEndTime) + "/" + queryId + "/";
  }

  /** The name of the {@code number}-th result file, from 1. */
  static String resultFile(int number) {
    return "result_" + number + ".csv.gz";
  }

  /** Whether {@code name} is a result file name. */
  static boolean isResultFile(String name) {
    return name.matches("result_[1-9][0-9]*\\.csv\\.gz");
  }
}
