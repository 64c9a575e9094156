package dev.eventlake.query.sql;

import java.util.List;

/**
 * One case of a golden file: a statement (with {@code {store1}}/{@code {store2}} placeholders) and either the expected
 * labels and rows, or the expected error code and a fragment of its message.
 */
record GoldenCase(String file, String name, String statement, List<String> labels, List<List<String>> rows,
    String errorCode, String errorFragment) {

  boolean expectsError() {
    return errorCode != null;
  }

  /** The statement with the store placeholders replaced by the engine's table names. */
  String statementFor(GoldenEngine engine) {
    return statement.replace("{store1}", engine.store1()).replace("{store2}", engine.store2());
  }
}
