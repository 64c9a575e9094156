package dev.eventlake.query.adapter;

import dev.eventlake.query.scan.FooterCache;
import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.store.Lake;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaFactory;
import org.apache.calcite.schema.SchemaPlus;

/**
 * Builds the schema of one statement from live objects passed in the operand map: {@code lake} (the {@link Lake}),
 * {@code executor} (the scan thread pool), {@code footers} (the engine's {@link FooterCache}) and {@code statistics}
 * (the statement's {@link ScanStatistics}).
 */
public final class LakeSchemaFactory implements SchemaFactory {
  public static final LakeSchemaFactory INSTANCE = new LakeSchemaFactory();
  public static final String LAKE = "lake";
  public static final String EXECUTOR = "executor";
  public static final String FOOTERS = "footers";
  public static final String STATISTICS = "statistics";

  private LakeSchemaFactory() {}

  @Override
  public Schema create(SchemaPlus parentSchema, String name, Map<String, Object> operand) {
    return new LakeSchema((Lake) operand.get(LAKE), (ExecutorService) operand.get(EXECUTOR),
        (FooterCache) operand.get(FOOTERS), (ScanStatistics) operand.get(STATISTICS));
  }

  /** The operand map {@link #create} expects. */
  public static Map<String, Object> operand(Lake lake, ExecutorService executor, FooterCache footers,
      ScanStatistics statistics) {
    return Map.of(LAKE, lake, EXECUTOR, executor, FOOTERS, footers, STATISTICS, statistics);
  }
}
