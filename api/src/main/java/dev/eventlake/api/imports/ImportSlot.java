package dev.eventlake.api.imports;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The account's one import slot (CloudTrail runs one import per account): who holds it, and waiting for it. */
final class ImportSlot {
  private ImportRun holder;

  /** The run holding the slot, or null. */
  synchronized ImportRun holder() {
    return holder;
  }

  /** The run holding the slot if it runs import {@code importId}, else null. */
  synchronized ImportRun holder(String importId) {
    return holder != null && holder.importId().equals(importId) ? holder : null;
  }

  /** Fails with {@code AccountHasOngoingImportException} while an import runs. */
  synchronized void checkFree() {
    if (holder != null) {
      throw LakeException.of(ErrorCode.ACCOUNT_HAS_ONGOING_IMPORT, "import %s is running; one import runs at a "
          + "time (StopImport stops it)", holder.importId());
    }
  }

  /** Gives the slot to {@code run}, if it is free. */
  synchronized void take(ImportRun run) {
    checkFree();
    holder = run;
  }

  /** Frees the slot if import {@code importId} holds it. */
  synchronized void release(String importId) {
    if (holder(importId) != null) {
      holder = null;
      notifyAll();
    }
  }

  /** Waits until import {@code importId} no longer holds the slot, at most {@code timeout}. */
  synchronized void awaitRelease(String importId, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (holder(importId) != null) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return;
        }
        wait(left);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
