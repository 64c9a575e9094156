package dev.eventlake.store.storage;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Live events of one store not yet in Parquet: {@code _wal/wal-<n>.log}, one JSON string literal (the original
 * record text, escaped) per line, fsynced before an append returns. A segment is deleted only after a manifest
 * commit names it, so a crash at any point either replays it or finds it committed.
 */
final class WriteAheadLog implements AutoCloseable {
  static final String DIRECTORY = "_wal";
  private static final String PREFIX = "wal-";
  private static final String SUFFIX = ".log";

  private final Path directory;
  private final ObjectMapper mapper = new ObjectMapper();
  private FileChannel active;
  private String activeName;

  WriteAheadLog(Path storeDirectory) throws IOException {
    this.directory = storeDirectory.resolve(DIRECTORY);
    AtomicFiles.createDirectoryDurably(directory);
  }

  /** Appends the records and forces them to disk; when this returns they survive any crash. */
  void append(List<String> records) throws IOException {
    if (active == null) {
      activeName = nextSegmentName();
      active = FileChannel.open(directory.resolve(activeName), StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      AtomicFiles.fsyncDirectory(directory);
    }
    StringBuilder lines = new StringBuilder();
    JsonStringEncoder encoder = JsonStringEncoder.getInstance();
    for (String record : records) {
      lines.append('"').append(encoder.quoteAsString(record)).append("\"\n");
    }
    ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      active.write(bytes);
    }
    active.force(false);
  }

  /** The size of the segment being appended to (0 when none is open): a point {@link #truncate} returns to. */
  long mark() throws IOException {
    return active == null ? 0 : active.size();
  }

  /**
   * Durably drops everything appended after {@code mark}, for appends that were never acknowledged; a new segment
   * opened by such an append stays, empty.
   */
  void truncate(long mark) throws IOException {
    if (active != null) {
      active.truncate(mark);
      active.position(mark);
      active.force(false);
    }
  }

  /** The segment being appended to, or null; after this call appends go to a new segment. */
  String seal() throws IOException {
    String sealed = activeName;
    close();
    return sealed;
  }

  /** Sealed segments left from before a restart, oldest first. */
  List<String> segments() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(path -> path.getFileName().toString())
          .filter(name -> name.startsWith(PREFIX) && name.endsWith(SUFFIX)).sorted().toList();
    }
  }

  /** The complete records of a segment; a torn last line (never acknowledged) is ignored. */
  List<String> read(String segment) throws IOException {
    List<String> records = new ArrayList<>();
    String content = Files.readString(directory.resolve(segment), StandardCharsets.UTF_8);
    int start = 0;
    for (int end = content.indexOf('\n'); end >= 0; end = content.indexOf('\n', start)) {
      records.add(mapper.readValue(content.substring(start, end), String.class));
      start = end + 1;
    }
    return records;
  }

  void delete(String segment) throws IOException {
    Files.deleteIfExists(directory.resolve(segment));
    AtomicFiles.fsyncDirectory(directory);
  }

  /** Unique forever (a committed name must never come back) and sorting by creation time. */
  private static String nextSegmentName() {
    java.time.Instant now = java.time.Instant.now();
    long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    return String.format("%s%019d-%s%s", PREFIX, micros, java.util.UUID.randomUUID(), SUFFIX);
  }

  @Override
  public void close() throws IOException {
    if (active != null) {
      active.close();
      active = null;
      activeName = null;
    }
  }
}
