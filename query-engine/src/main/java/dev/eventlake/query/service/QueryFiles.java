package dev.eventlake.query.service;

import static dev.eventlake.store.error.ErrorCode.INTERNAL_FAILURE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.storage.AtomicFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-disk layout of queries: {@code <queries>/<queryId>/query.json}, rewritten atomically on every state change,
 * and {@code <queries>/<queryId>/results.arrow}, the Arrow IPC result file.
 */
final class QueryFiles {
  private static final Logger LOG = LoggerFactory.getLogger(QueryFiles.class);
  private static final String RECORD_FILE = "query.json";
  private static final String RESULT_FILE = "results.arrow";
  private static final String STAGING_DIRECTORY = "delivery";

  private final Path queriesDirectory;
  private final ObjectMapper mapper = new ObjectMapper()
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  QueryFiles(Path queriesDirectory) {
    this.queriesDirectory = queriesDirectory;
  }

  /** The result file of a query. */
  Path resultFile(String queryId) {
    return queriesDirectory.resolve(queryId).resolve(RESULT_FILE);
  }

  /** The folder where a query's delivery stages its files before sending them. */
  Path stagingDirectory(String queryId) {
    return queriesDirectory.resolve(queryId).resolve(STAGING_DIRECTORY);
  }

  /** Writes a query's record durably, creating its directory when needed. */
  void save(QueryRecord record) {
    Path file = queriesDirectory.resolve(record.queryId()).resolve(RECORD_FILE);
    try {
      AtomicFiles.writeAtomically(file, mapper.writeValueAsBytes(record));
    } catch (IOException failure) {
      throw new LakeException(INTERNAL_FAILURE, "The query record " + file + " cannot be written (" + failure
          + "); check that the data directory is writable and has free space.", failure);
    }
  }

  /** Reads every query record; directories without a readable record are logged and skipped. */
  List<QueryRecord> loadAll() throws IOException {
    List<QueryRecord> records = new ArrayList<>();
    if (!Files.isDirectory(queriesDirectory)) {
      return records;
    }
    try (DirectoryStream<Path> directories = Files.newDirectoryStream(queriesDirectory, Files::isDirectory)) {
      for (Path directory : directories) {
        Path file = directory.resolve(RECORD_FILE);
        try {
          AtomicFiles.deleteTemporaryFiles(file);
          records.add(mapper.readValue(file.toFile(), QueryRecord.class));
        } catch (IOException | RuntimeException unreadable) {
          LOG.warn("Skipping query directory {}: its record cannot be read ({})", directory, unreadable.toString());
        }
      }
    }
    return records;
  }

  /** Deletes a query's directory with its record and results; failures are logged, the next expiry retries. */
  void delete(String queryId) {
    Path directory = queriesDirectory.resolve(queryId);
    try {
      deleteTree(directory);
    } catch (IOException failure) {
      LOG.warn("Could not delete query directory {} ({}); it will be retried", directory, failure.toString());
    }
  }

  /** Deletes a folder and everything in it, if it exists. */
  void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Deletes a query's result file, if any. */
  void deleteResults(String queryId) {
    try {
      Files.deleteIfExists(resultFile(queryId));
    } catch (IOException failure) {
      LOG.warn("Could not delete the results of query {} ({})", queryId, failure.toString());
    }
  }
}
