package dev.eventlake.store.ingest;

/** Told after every file an import finishes, e.g. to draw a progress bar or publish GetImport statistics. */
@FunctionalInterface
public interface ImportListener {
  ImportListener NONE = statistics -> {};

  void onProgress(ImportStatistics statistics);
}
