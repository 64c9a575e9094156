package dev.eventlake.store.storage;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.GroupType;

/**
 * Small typed helpers over Parquet's {@link RecordConsumer}; each skips the field entirely when null. Field
 * indexes are looked up by name in the group being written, so writers cannot get them out of step.
 */
final class ParquetRecordEmitter {
  private final Deque<GroupType> groups = new ArrayDeque<>();
  private RecordConsumer consumer;

  ParquetRecordEmitter(GroupType root) {
    groups.push(root);
  }

  void bind(RecordConsumer recordConsumer) {
    this.consumer = recordConsumer;
  }

  /** Writes one whole record. */
  <T> void message(T value, BiConsumer<ParquetRecordEmitter, T> writer) {
    consumer.startMessage();
    writer.accept(this, value);
    consumer.endMessage();
  }

  void string(String name, String value) {
    string(name, index(name), value);
  }

  void timestamp(String name, Instant value) {
    if (value != null) {
      int index = index(name);
      consumer.startField(name, index);
      consumer.addLong(value.toEpochMilli());
      consumer.endField(name, index);
    }
  }

  void bool(String name, Boolean value) {
    if (value != null) {
      int index = index(name);
      consumer.startField(name, index);
      consumer.addBoolean(value);
      consumer.endField(name, index);
    }
  }

  void map(String name, Map<String, String> values) {
    map(name, index(name), values);
  }

  <T> void group(String name, T value, BiConsumer<ParquetRecordEmitter, T> writer) {
    if (value != null) {
      int index = index(name);
      groups.push(groups.peek().getType(name).asGroupType());
      try {
        group(name, index, value, writer);
      } finally {
        groups.pop();
      }
    }
  }

  /** A LIST of struct elements; {@code elementWriter} writes the members of one element. */
  <T> void list(String name, List<T> values, BiConsumer<ParquetRecordEmitter, T> elementWriter) {
    if (values == null) {
      return;
    }
    int index = index(name);
    GroupType element = groups.peek().getType(name).asGroupType().getType(0).asGroupType().getType(0).asGroupType();
    groups.push(element);
    try {
      list(name, index, values, elementWriter);
    } finally {
      groups.pop();
    }
  }

  private int index(String name) {
    return groups.peek().getFieldIndex(name);
  }

  private void string(String name, int index, String value) {
    if (value != null) {
      consumer.startField(name, index);
      consumer.addBinary(Binary.fromString(value));
      consumer.endField(name, index);
    }
  }

  /** A MAP group: {@code repeated key_value {key, value}}; null values are kept as absent values. */
  private void map(String name, int index, Map<String, String> values) {
    if (values == null) {
      return;
    }
    consumer.startField(name, index);
    consumer.startGroup();
    if (!values.isEmpty()) {
      consumer.startField("key_value", 0);
      for (Map.Entry<String, String> entry : values.entrySet()) {
        consumer.startGroup();
        string("key", 0, entry.getKey());
        string("value", 1, entry.getValue());
        consumer.endGroup();
      }
      consumer.endField("key_value", 0);
    }
    consumer.endGroup();
    consumer.endField(name, index);
  }

  /** A struct group whose members {@code writer} emits; the group type must already be pushed. */
  private <T> void group(String name, int index, T value, BiConsumer<ParquetRecordEmitter, T> writer) {
    consumer.startField(name, index);
    consumer.startGroup();
    writer.accept(this, value);
    consumer.endGroup();
    consumer.endField(name, index);
  }

  /** A LIST group of struct elements (three-level list encoding); the element type must already be pushed. */
  private <T> void list(String name, int index, List<T> values, BiConsumer<ParquetRecordEmitter, T> elementWriter) {
    if (values == null) {
      return;
    }
    consumer.startField(name, index);
    consumer.startGroup();
    if (!values.isEmpty()) {
      consumer.startField("list", 0);
      for (T value : values) {
        consumer.startGroup();
        if (value != null) {
          group("element", 0, value, elementWriter);
        }
        consumer.endGroup();
      }
      consumer.endField("list", 0);
    }
    consumer.endGroup();
    consumer.endField(name, index);
  }
}
