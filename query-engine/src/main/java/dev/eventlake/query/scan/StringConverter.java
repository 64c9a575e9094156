package dev.eventlake.query.scan;

import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;

/**
 * Decodes a UTF-8 binary column to {@code String}s; dictionary-encoded values are decoded once per dictionary
 * entry and then shared by every row that uses them.
 */
final class StringConverter extends PrimitiveConverter {
  private final ValueSlots parent;
  private final int index;
  private Dictionary dictionary;
  private String[] decoded;

  StringConverter(ValueSlots parent, int index) {
    this.parent = parent;
    this.index = index;
  }

  @Override
  public boolean hasDictionarySupport() {
    return true;
  }

  @Override
  public void setDictionary(Dictionary newDictionary) {
    dictionary = newDictionary;
    decoded = new String[newDictionary.getMaxId() + 1];
  }

  @Override
  public void addValueFromDictionary(int dictionaryId) {
    String value = decoded[dictionaryId];
    if (value == null) {
      value = dictionary.decodeToBinary(dictionaryId).toStringUsingUTF8();
      decoded[dictionaryId] = value;
    }
    parent.set(index, value);
  }

  @Override
  public void addBinary(Binary value) {
    parent.set(index, value.toStringUsingUTF8());
  }
}
