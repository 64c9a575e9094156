package dev.eventlake.store.ingest;

/**
 * Told after every file an import finishes, e.g. to draw a progress bar or publish GetImport statistics; also told
 * of each failure as it is found, and asked before every file whether the import should stop.
 */
@FunctionalInterface
public interface ImportListener {
  ImportListener NONE = statistics -> {};

  void onProgress(ImportStatistics statistics);

  /** A file or record that could not be imported, as soon as it is found. */
  default void onFailure(ImportFailure failure) {}

  /**
   * Asked before each file: whether the import should stop; it then commits what it has read and returns.
   * What an import committed stays, and running it again skips it.
   */
  default boolean stopRequested() {
    return false;
  }
}
