package dev.eventlake.query.sql;

import java.util.List;

/**
 * What the golden fixtures run against: an engine holding store 1 (all management events of the corpus, also
 * reachable by the name {@code management-events}) and store 2 (every event outside us-east-1). Point the fixtures
 * at another engine, e.g. the Parquet-backed adapter, by implementing this.
 */
interface GoldenEngine extends AutoCloseable {
  /** The table name of store 1 as a user writes it (an event data store ID). */
  String store1();

  /** The table name of store 2. */
  String store2();

  /** Runs {@code statement}; values in the all-strings form of {@code ValueText}. Throws LakeException for bad statements. */
  Result run(String statement);

  @Override
  void close();

  /** A statement's result: labels and rendered rows. */
  record Result(List<String> labels, List<List<String>> rows) {}
}
