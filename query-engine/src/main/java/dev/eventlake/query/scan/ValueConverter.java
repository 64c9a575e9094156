package dev.eventlake.query.scan;

import org.apache.parquet.io.api.PrimitiveConverter;

/** Decodes a non-string primitive column into its boxed value (timestamps stay epoch-millis {@code Long}s). */
final class ValueConverter extends PrimitiveConverter {
  private final ValueSlots parent;
  private final int index;

  ValueConverter(ValueSlots parent, int index) {
    this.parent = parent;
    this.index = index;
  }

  @Override
  public void addBoolean(boolean value) {
    parent.set(index, value);
  }

  @Override
  public void addLong(long value) {
    parent.set(index, value);
  }

  @Override
  public void addInt(int value) {
    parent.set(index, value);
  }

  @Override
  public void addDouble(double value) {
    parent.set(index, value);
  }

  @Override
  public void addFloat(float value) {
    parent.set(index, value);
  }
}
