package dev.eventlake.store.storage;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A store's append-only manifest ({@code _manifest.jsonl}): one fsynced JSON line per commit. Appending the line
 * is the commit point. A torn last line (a crash mid-append, never acknowledged) is cut off when the manifest is
 * opened; every other line is kept forever and chained to its predecessor by SHA-256.
 */
public final class StoreManifest {
  public static final String FILE_NAME = "_manifest.jsonl";

  private final Path file;
  private final ManifestCodec codec = new ManifestCodec();
  private final List<ManifestEntry> entries = new ArrayList<>();
  private final Map<String, FileEntry> liveFiles = new LinkedHashMap<>();
  private final Map<String, FileEntry> removedFiles = new LinkedHashMap<>();
  private final Set<String> sources = new HashSet<>();
  private String lastLineSha256;

  private StoreManifest(Path file) {
    this.file = file;
  }

  /** Opens (or creates) the manifest in {@code storeDirectory}, repairing a torn tail. */
  public static StoreManifest open(Path storeDirectory) throws IOException {
    StoreManifest manifest = new StoreManifest(storeDirectory.resolve(FILE_NAME));
    manifest.load();
    return manifest;
  }

  private void load() throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    byte[] content = Files.readAllBytes(file);
    int lineStart = 0;
    for (int index = 0; index < content.length; index++) {
      if (content[index] == '\n') {
        String line = new String(content, lineStart, index - lineStart, StandardCharsets.UTF_8);
        apply(codec.decode(line), line);
        lineStart = index + 1;
      }
    }
    if (lineStart < content.length) {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
        channel.truncate(lineStart);
        channel.force(true);
      }
    }
  }

  /** Appends and fsyncs one entry; when this returns the commit is durable. */
  public synchronized void append(ManifestEntry entry) throws IOException {
    String line = codec.encode(entry);
    ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(true);
    }
    apply(entry, line);
  }

  private void apply(ManifestEntry entry, String line) {
    if (entry.sequence() != entries.size() + 1L || !java.util.Objects.equals(entry.previousEntrySha256(),
        lastLineSha256)) {
      throw new LakeException(ErrorCode.INTERNAL_FAILURE, "manifest " + file + " is broken at sequence "
          + entry.sequence() + ": the hash chain or numbering does not continue; it was edited outside Eventlake");
    }
    entry.removed().forEach(removed -> {
      liveFiles.remove(removed.path());
      removedFiles.put(removed.path(), removed);
    });
    entry.added().forEach(added -> {
      liveFiles.put(added.path(), added);
      removedFiles.remove(added.path());
    });
    sources.addAll(entry.sources());
    entries.add(entry);
    lastLineSha256 = Hashing.sha256(line);
  }

  /** The sequence number the next entry must carry. */
  public synchronized long nextSequence() {
    return entries.size() + 1L;
  }

  /** The hash the next entry must carry as {@code previousEntrySha256}. */
  public synchronized String lastLineSha256() {
    return lastLineSha256;
  }

  public synchronized List<FileEntry> liveFiles() {
    return List.copyOf(liveFiles.values());
  }

  /** Files that a COMPACT or REMOVE entry took out of the store, as committed; none of them is live. */
  public synchronized List<FileEntry> removedFiles() {
    return List.copyOf(removedFiles.values());
  }

  public synchronized boolean containsSource(String source) {
    return sources.contains(source);
  }

  public synchronized List<ManifestEntry> entries() {
    return Collections.unmodifiableList(new ArrayList<>(entries));
  }
}
