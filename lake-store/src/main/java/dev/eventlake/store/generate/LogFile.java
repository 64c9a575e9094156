package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * One log file being written: gzip of {@code {"Records":[...]}} streamed to a hidden temporary name next to the
 * target and renamed into place when finished, so a crash never leaves a partial {@code .json.gz} behind.
 */
final class LogFile {

  private static final int BUFFER_BYTES = 1 << 16;

  private final Path target;
  private final Path temporary;
  private final JsonGenerator json;
  private int records;

  LogFile(JsonFactory factory, Path target, int compressionLevel) throws IOException {
    this.target = target;
    this.temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
    OutputStream file = new BufferedOutputStream(Files.newOutputStream(temporary), BUFFER_BYTES);
    this.json = factory.createGenerator(
        new BufferedOutputStream(new LeveledGzipStream(file, compressionLevel), BUFFER_BYTES));
    json.writeStartObject();
    json.writeArrayFieldStart("Records");
  }

  JsonGenerator json() {
    return json;
  }

  void recordWritten() {
    records++;
  }

  int records() {
    return records;
  }

  /** Closes the JSON and the gzip stream, renames the file into place and returns its size. */
  long finish() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.close();
    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    return Files.size(target);
  }

  /** Closes and deletes the temporary file, after a failure. */
  void discard() {
    try {
      json.close();
    } catch (IOException | RuntimeException ignored) {
      // the file is deleted below; a close failure changes nothing
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // best effort: the temporary name never matches *.json.gz
    }
  }

  /** A gzip stream with a chosen deflate level. */
  private static final class LeveledGzipStream extends GZIPOutputStream {
    LeveledGzipStream(OutputStream out, int level) throws IOException {
      super(out, BUFFER_BYTES);
      def.setLevel(level);
    }
  }
}
