package dev.eventlake.api.imports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.eventlake.store.storage.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import records in {@code <data-dir>/imports/<id>.json}, each replaced atomically, and the staging folders
 * ({@code imports/staging/<id>}) that {@code s3://} objects are downloaded to while a batch is imported.
 */
final class ImportFiles {
  private static final Logger LOG = LoggerFactory.getLogger(ImportFiles.class);
  private static final String SUFFIX = ".json";
  private final Path directory;
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  ImportFiles(Path directory) {
    this.directory = directory;
  }

  /** Every readable record; an unreadable one is logged and left where it is. */
  List<ImportRecord> loadAll() throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<ImportRecord> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(ImportFiles::isRecordFile).sorted().toList()) {
        try {
          records.add(mapper.readValue(file.toFile(), ImportRecord.class));
        } catch (IOException | RuntimeException unreadable) {
          LOG.warn("import record {} cannot be read and is ignored: {}", file, unreadable.getMessage());
        }
      }
    }
    records.sort(Comparator.comparing(ImportRecord::createdTimestamp).thenComparing(ImportRecord::id));
    return records;
  }

  /** Replaces the record's file atomically. */
  void save(ImportRecord record) {
    try {
      AtomicFiles.writeAtomically(directory.resolve(record.id() + SUFFIX), mapper.writeValueAsBytes(record));
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot save import " + record.id() + " in " + directory, failure);
    }
  }

  /** A fresh, empty staging folder for one batch of an import. */
  Path createStaging(String importId) throws IOException {
    Path staging = stagingRoot().resolve(importId);
    deleteTree(staging);
    return Files.createDirectories(staging);
  }

  /** Removes an import's staging folder. */
  void deleteStaging(String importId) throws IOException {
    deleteTree(stagingRoot().resolve(importId));
  }

  /** Removes staging folders a crash left behind, and temporary files of interrupted saves. */
  void cleanUp() throws IOException {
    deleteTree(stagingRoot());
    if (Files.isDirectory(directory)) {
      try (Stream<Path> files = Files.list(directory)) {
        for (Path leftover : files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList()) {
          Files.deleteIfExists(leftover);
        }
      }
    }
  }

  private Path stagingRoot() {
    return directory.resolve("staging");
  }

  private static boolean isRecordFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(SUFFIX) && Files.isRegularFile(file);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
