package dev.eventlake.store.channel;

import static dev.eventlake.store.channel.ChannelTestSupport.START;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.catalog.CatalogConfig;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.testing.ActivityAuditLogs;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating a channel towards a store while that store is deleted: one of the two wins, and nothing deadlocks. */
class ChannelConcurrencyTest {
  private static final int ROUNDS = 40;
  @TempDir Path dataDirectory;

  @Test
  void aChannelNeverEndsUpDeliveringToAStorePendingDeletion() throws Exception {
    CatalogConfig config = ChannelTestSupport.config(dataDirectory, new MutableClock(START))
        .withMaxEventDataStores(ROUNDS);
    ChannelCatalog[] guard = new ChannelCatalog[1];
    StoreCatalog stores = ChannelTestSupport.stores(config, guard);
    ChannelCatalog channels = new ChannelCatalog(config, stores, ROUNDS);
    guard[0] = channels;
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        EventDataStore store = stores.create(ActivityAuditLogs.storeRequest("events-" + round));
        CyclicBarrier start = new CyclicBarrier(2);
        String source = "Partner" + round;
        Future<?> create = executor.submit(() -> attempt(start,
            () -> channels.create(ChannelTestSupport.request("channel-" + source, source, store.id()))));
        Future<?> delete = executor.submit(() -> attempt(start, () -> stores.delete(store.id())));
        create.get(10, TimeUnit.SECONDS);
        delete.get(10, TimeUnit.SECONDS);

        boolean delivered = channels.list().stream().anyMatch(channel -> channel.delivers(store.arn()));
        boolean deleted = stores.get(store.id()).isPendingDeletion();
        assertThat(delivered).as("round %d: exactly one of create and delete succeeded", round).isNotEqualTo(deleted);
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private static Void attempt(CyclicBarrier start, Runnable change) throws Exception {
    start.await(10, TimeUnit.SECONDS);
    try {
      change.run();
    } catch (LakeException refused) {
      // the other operation won: ChannelExistsForEDS or InactiveEventDataStore
    }
    return null;
  }
}
