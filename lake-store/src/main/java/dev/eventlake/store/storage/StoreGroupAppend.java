package dev.eventlake.store.storage;

import dev.eventlake.store.event.CloudTrailEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Appends the same live events to several stores as one unit: when {@link #append} returns, every store's
 * write-ahead log holds them durably; when it throws, the appends already made are truncated away again, so no
 * store keeps events the caller was told failed. Stores are locked in directory order, so concurrent group appends
 * cannot deadlock.
 */
public final class StoreGroupAppend {
  private StoreGroupAppend() {}

  /**
   * Appends {@code events} to every store in {@code stores} without flushing them to Parquet (call
   * {@link StoreFiles#flushWhenFull()} afterwards).
   *
   * @throws IOException when an append fails; the stores then hold none of the events, unless undoing an append
   *     failed too (that failure is attached as suppressed)
   */
  public static void append(List<StoreFiles> stores, List<CloudTrailEvent> events) throws IOException {
    if (events.isEmpty() || stores.isEmpty()) {
      return;
    }
    List<StoreFiles> ordered = new ArrayList<>(stores);
    ordered.sort(Comparator.comparing(StoreFiles::directory));
    appendLocked(ordered, 0, events);
  }

  /** Holds the lock of {@code stores[index..]} (recursively, in order) while appending to all of them. */
  private static void appendLocked(List<StoreFiles> stores, int index, List<CloudTrailEvent> events)
      throws IOException {
    if (index < stores.size()) {
      synchronized (stores.get(index)) {
        appendLocked(stores, index + 1, events);
      }
      return;
    }
    List<StoreFiles> done = new ArrayList<>();
    List<Long> marks = new ArrayList<>();
    for (StoreFiles store : stores) {
      long mark = store.walMark();
      try {
        store.appendWithoutFlush(events);
      } catch (IOException | RuntimeException failure) {
        undoQuietly(store, mark, 0, failure);
        for (int undone = 0; undone < done.size(); undone++) {
          undoQuietly(done.get(undone), marks.get(undone), events.size(), failure);
        }
        throw failure;
      }
      done.add(store);
      marks.add(mark);
    }
  }

  private static void undoQuietly(StoreFiles store, long mark, int count, Exception failure) {
    try {
      store.undo(mark, count);
    } catch (IOException | RuntimeException undoFailure) {
      failure.addSuppressed(undoFailure);
    }
  }
}
