package dev.eventlake.store.catalog;

import static dev.eventlake.store.catalog.CatalogTestSupport.START;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent creations respect the quota and all end up in the file. */
class StoreCatalogConcurrencyTest {
  @TempDir
  Path dataDirectory;

  @Test
  void concurrentCreationsNeverExceedTheQuota() throws InterruptedException {
    CatalogConfig config = CatalogTestSupport.config(dataDirectory, new MutableClock(START));
    StoreCatalog catalog = CatalogTestSupport.catalog(config);
    ExecutorService executor = Executors.newFixedThreadPool(8);
    List<Callable<ErrorCode>> creations = new ArrayList<>();
    for (int index = 0; index < 24; index++) {
      String name = "store-" + index;
      creations.add(() -> createOrFailure(catalog, name));
    }

    List<ErrorCode> outcomes = new ArrayList<>();
    for (Future<ErrorCode> future : executor.invokeAll(creations)) {
      outcomes.add(resultOf(future));
    }
    executor.shutdown();
    assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(outcomes).filteredOn(outcome -> outcome == null).hasSize(10);
    assertThat(outcomes).filteredOn(outcome -> outcome != null).hasSize(14)
        .containsOnly(ErrorCode.EVENT_DATA_STORE_MAX_LIMIT_EXCEEDED);
    assertThat(CatalogTestSupport.catalog(config).list()).isEqualTo(catalog.list()).hasSize(10);
  }

  private static ErrorCode createOrFailure(StoreCatalog catalog, String name) {
    try {
      catalog.create(CreateStoreRequest.named(name));
      return null;
    } catch (LakeException failure) {
      return failure.code();
    }
  }

  private static ErrorCode resultOf(Future<ErrorCode> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException failure) {
      throw new AssertionError("creation failed unexpectedly", failure.getCause());
    }
  }
}
