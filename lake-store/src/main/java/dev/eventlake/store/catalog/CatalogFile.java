package dev.eventlake.store.catalog;

import static dev.eventlake.store.error.ErrorCode.INTERNAL_FAILURE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.eventlake.store.catalog.PersistedCatalog.PersistedStore;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.storage.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** The durable catalog file {@code <catalog-dir>/stores.json}, rewritten atomically on every change. */
final class CatalogFile {
  static final String FILE_NAME = "stores.json";

  private final Path file;
  private final ObjectMapper mapper;

  CatalogFile(Path catalogDirectory) {
    this.file = catalogDirectory.resolve(FILE_NAME);
    this.mapper = new ObjectMapper()
        .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** The file's location. */
  Path path() {
    return file;
  }

  /**
   * Removes temporary files a crash left behind, then reads the stores; a missing file means an empty catalog.
   *
   * @throws LakeException with {@code INTERNAL_FAILURE} when the file exists but cannot be read or understood
   */
  List<EventDataStore> load() {
    try {
      AtomicFiles.deleteTemporaryFiles(file);
      if (!Files.exists(file)) {
        return List.of();
      }
      PersistedCatalog catalog = mapper.readValue(file.toFile(), PersistedCatalog.class);
      requireKnownFormat(catalog);
      return catalog.eventDataStores().stream().map(PersistedForms::toStore).toList();
    } catch (IOException | RuntimeException failure) {
      throw new LakeException(INTERNAL_FAILURE, "The event data store catalog " + file + " cannot be read ("
          + failure.getMessage() + "); repair it or restore it from a backup before starting the service.", failure);
    }
  }

  /**
   * Replaces the file's content with exactly these stores, durably.
   *
   * @throws LakeException with {@code INTERNAL_FAILURE} when the write fails; the file then keeps its old content
   */
  void save(Collection<EventDataStore> stores) {
    List<PersistedStore> forms = stores.stream().map(PersistedForms::toPersisted).toList();
    try {
      byte[] content = mapper.writeValueAsBytes(new PersistedCatalog(PersistedCatalog.CURRENT_FORMAT_VERSION, forms));
      AtomicFiles.writeAtomically(file, content);
    } catch (IOException failure) {
      throw new LakeException(INTERNAL_FAILURE, "The event data store catalog " + file + " cannot be written ("
          + failure + "); check that the data directory exists, is writable and has free space, then retry.",
          failure);
    }
  }

  private void requireKnownFormat(PersistedCatalog catalog) {
    if (catalog.formatVersion() != PersistedCatalog.CURRENT_FORMAT_VERSION) {
      throw new IllegalArgumentException("format version " + catalog.formatVersion() + " is not supported; this "
          + "version of Eventlake reads version " + PersistedCatalog.CURRENT_FORMAT_VERSION);
    }
    if (catalog.eventDataStores() == null) {
      throw new IllegalArgumentException("member eventDataStores is missing");
    }
  }
}
