package dev.eventlake.query.scan;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.GroupType;

/** Decodes a three-level LIST group ({@code repeated group list { element }}) into a {@code List}. */
final class ListConverter extends GroupConverter {
  private final ValueSlots parent;
  private final int index;
  private final ElementConverter element;
  private List<Object> list;

  ListConverter(GroupType type, ValueSlots parent, int index) {
    this.parent = parent;
    this.index = index;
    this.element = new ElementConverter(type.getType(0).asGroupType());
  }

  @Override
  public Converter getConverter(int fieldIndex) {
    return element;
  }

  @Override
  public void start() {
    list = new ArrayList<>();
  }

  @Override
  public void end() {
    parent.set(index, list);
  }

  /** The repeated {@code list} group: one element per occurrence, null when the element is absent. */
  private final class ElementConverter extends GroupConverter implements ValueSlots {
    private final Converter value;
    private Object current;

    ElementConverter(GroupType repeated) {
      this.value = Converters.of(repeated.getType(0), this, 0);
    }

    @Override
    public Converter getConverter(int fieldIndex) {
      return value;
    }

    @Override
    public void start() {
      current = null;
    }

    @Override
    public void end() {
      list.add(current);
    }

    @Override
    public void set(int fieldIndex, Object decoded) {
      current = decoded;
    }
  }
}
