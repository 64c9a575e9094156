package dev.eventlake.query.saved;

import static dev.eventlake.store.error.ErrorCode.INTERNAL_FAILURE;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.storage.AtomicFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The on-disk form of saved queries: one JSON file per query, {@code <data>/saved-queries/<name>.json}, holding every
 * version; each change replaces the file atomically (fsync, rename, directory fsync).
 */
final class SavedQueryFiles {
  private static final String SUFFIX = ".json";

  private final Path directory;
  private final ObjectMapper mapper = new ObjectMapper()
      .registerModule(new SimpleModule("instants")
          .addSerializer(Instant.class, ToStringSerializer.instance)
          .addDeserializer(Instant.class, new InstantText()))
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  SavedQueryFiles(Path directory) {
    this.directory = directory;
  }

  /** Every saved query on disk. */
  List<SavedQuery> loadAll() {
    List<SavedQuery> queries = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return queries;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
      for (Path file : files) {
        AtomicFiles.deleteTemporaryFiles(file);
        queries.add(mapper.readValue(file.toFile(), SavedQuery.class));
      }
    } catch (IOException | RuntimeException failure) {
      throw new LakeException(INTERNAL_FAILURE, "The saved queries in " + directory + " cannot be read (" + failure
          + ").", failure);
    }
    return queries;
  }

  void save(SavedQuery query) {
    try {
      AtomicFiles.writeAtomically(file(query.name()), mapper.writeValueAsBytes(query));
    } catch (IOException failure) {
      throw new LakeException(INTERNAL_FAILURE, "Saved query " + query.name() + " cannot be written (" + failure
          + "); check that the data directory is writable and has free space.", failure);
    }
  }

  void delete(String name) {
    try {
      Files.deleteIfExists(file(name));
      AtomicFiles.fsyncDirectory(directory);
    } catch (IOException failure) {
      throw new LakeException(INTERNAL_FAILURE, "Saved query " + name + " cannot be deleted (" + failure + ").",
          failure);
    }
  }

  private Path file(String name) {
    return directory.resolve(name + SUFFIX);
  }

  /** Reads the ISO-8601 text the serializer writes. */
  private static final class InstantText extends StdDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantText() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return Instant.parse(parser.getValueAsString());
    }
  }
}
