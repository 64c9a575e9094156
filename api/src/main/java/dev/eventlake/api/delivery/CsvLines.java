package dev.eventlake.api.delivery;

import java.util.List;

/** RFC 4180 records: fields quoted when they hold a comma, quote or line break, quotes doubled; CRLF line ends. */
public final class CsvLines {
  private CsvLines() {}

  /** One record; a null value (SQL NULL) is an empty field. */
  public static String line(List<String> values) {
    StringBuilder line = new StringBuilder();
    for (int column = 0; column < values.size(); column++) {
      String value = values.get(column) == null ? "" : values.get(column);
      boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
          || value.indexOf('\r') >= 0;
      line.append(column == 0 ? "" : ",").append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
    }
    return line.append("\r\n").toString();
  }
}
