package dev.eventlake.query.scan;

import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;

/** Materializes each Parquet record of a read schema straight into the {@code Object[]} row form. */
final class RowMaterializer extends RecordMaterializer<Object[]> {
  private final StructConverter root;

  RowMaterializer(MessageType readSchema) {
    this.root = new StructConverter(readSchema, null, 0);
  }

  @Override
  public Object[] getCurrentRecord() {
    return root.values();
  }

  @Override
  public GroupConverter getRootConverter() {
    return root;
  }
}
