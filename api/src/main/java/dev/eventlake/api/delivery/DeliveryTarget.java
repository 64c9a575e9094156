package dev.eventlake.api.delivery;

import java.io.IOException;
import java.nio.file.Path;

/** The folder of one query's files at its destination; files are written whole or not at all. */
interface DeliveryTarget extends AutoCloseable {
  /** The folder, as a URI, e.g. {@code s3://bucket/prefix/AWSLogs/…/<query-id>/}. */
  String location();

  /** Writes {@code file} as {@code name}. */
  void put(String name, Path file) throws IOException;

  /** Writes {@code content} as {@code name}. */
  void put(String name, byte[] content) throws IOException;

  @Override
  void close();
}
