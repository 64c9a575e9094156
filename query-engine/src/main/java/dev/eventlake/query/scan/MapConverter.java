package dev.eventlake.query.scan;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.GroupType;

/** Decodes a MAP group ({@code repeated key_value {key, value}}) into a {@code LinkedHashMap<String, String>}. */
final class MapConverter extends GroupConverter {
  private final ValueSlots parent;
  private final int index;
  private final EntryConverter entry;
  private Map<String, String> map;

  MapConverter(GroupType type, ValueSlots parent, int index) {
    this.parent = parent;
    this.index = index;
    this.entry = new EntryConverter(type.getType(0).asGroupType());
  }

  @Override
  public Converter getConverter(int fieldIndex) {
    return entry;
  }

  @Override
  public void start() {
    map = new LinkedHashMap<>();
  }

  @Override
  public void end() {
    parent.set(index, map);
  }

  /** One key/value entry of the map. */
  private final class EntryConverter extends GroupConverter implements ValueSlots {
    private final Converter[] fields;
    private final Object[] keyAndValue = new Object[2];

    EntryConverter(GroupType type) {
      this.fields = Converters.fields(type, this);
    }

    @Override
    public Converter getConverter(int fieldIndex) {
      return fields[fieldIndex];
    }

    @Override
    public void start() {
      keyAndValue[0] = null;
      keyAndValue[1] = null;
    }

    @Override
    public void end() {
      map.put((String) keyAndValue[0], (String) keyAndValue[1]);
    }

    @Override
    public void set(int fieldIndex, Object value) {
      keyAndValue[fieldIndex] = value;
    }
  }
}
