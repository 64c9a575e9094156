package dev.eventlake.query.engine;

import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.ingest.ImportListener;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.testing.SharedData;
import dev.eventlake.store.testing.TestLakes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Test fixture: a lake on a clock just before the shared corpus, its store {@code audit} holding every record of
 * {@code ../shared/data/cloudtrail}, and an engine over it.
 */
public record CorpusEngine(Lake lake, String storeId, LakeEngine engine) implements AutoCloseable {
  public static final String STORE_NAME = "audit";

  /** Imports the corpus into a new lake under {@code directory}. */
  public static CorpusEngine open(Path directory) throws IOException {
    Lake lake = TestLakes.open(directory, TestLakes.BEFORE_CORPUS);
    String storeId = lake.catalog().create(CreateStoreRequest.named(STORE_NAME)).id();
    lake.importLogs(storeId, List.of(SharedData.cloudTrailRecords()), ImportRange.ALL, ImportListener.NONE);
    return new CorpusEngine(lake, storeId, new LakeEngine(lake, QueryEngineConfig.defaults()));
  }

  @Override
  public void close() {
    engine.close();
  }
}
