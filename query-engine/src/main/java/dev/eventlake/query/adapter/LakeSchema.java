package dev.eventlake.query.adapter;

import dev.eventlake.query.scan.FooterCache;
import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.EventDataStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * The event data stores that can be queried, each under its ID and (our extension) its name. Stores pending
 * deletion are left out; the engine tells those apart from unknown names before planning.
 */
public final class LakeSchema extends AbstractSchema {
  private final Lake lake;
  private final ExecutorService executor;
  private final FooterCache footers;
  private final ScanStatistics statistics;
  private Map<String, Table> tables;

  LakeSchema(Lake lake, ExecutorService executor, FooterCache footers, ScanStatistics statistics) {
    this.lake = lake;
    this.executor = executor;
    this.footers = footers;
    this.statistics = statistics;
  }

  @Override
  protected synchronized Map<String, Table> getTableMap() {
    if (tables == null) {
      tables = new LinkedHashMap<>();
      for (EventDataStore store : lake.catalog().list()) {
        if (!store.isPendingDeletion()) {
          LakeTable table = new LakeTable(store, () -> lake.files(store).snapshot(),
              lake.config().storeDirectory(store.id()), executor, footers, statistics,
              lake.config().clock());
          tables.put(store.id(), table);
          tables.putIfAbsent(store.name(), table);
        }
      }
    }
    return tables;
  }
}
