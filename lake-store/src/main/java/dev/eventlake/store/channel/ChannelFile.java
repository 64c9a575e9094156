package dev.eventlake.store.channel;

import static dev.eventlake.store.error.ErrorCode.INTERNAL_FAILURE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.storage.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** The durable channel file {@code <catalog-dir>/channels.json}, rewritten atomically on every change. */
final class ChannelFile {
  static final String FILE_NAME = "channels.json";

  private final Path file;
  private final ObjectMapper mapper = new ObjectMapper()
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
      .enable(SerializationFeature.INDENT_OUTPUT);

  ChannelFile(Path catalogDirectory) {
    this.file = catalogDirectory.resolve(FILE_NAME);
  }

  /**
   * Removes temporary files a crash left behind, then reads the channels; a missing file means no channels.
   *
   * @throws LakeException with {@code INTERNAL_FAILURE} when the file exists but cannot be read or understood
   */
  List<Channel> load() {
    try {
      AtomicFiles.deleteTemporaryFiles(file);
      if (!Files.exists(file)) {
        return List.of();
      }
      return mapper.readValue(file.toFile(), PersistedChannels.class).toChannels();
    } catch (IOException | RuntimeException failure) {
      throw new LakeException(INTERNAL_FAILURE, "The channel catalog " + file + " cannot be read ("
          + failure.getMessage() + "); repair it or restore it from a backup before starting the service.", failure);
    }
  }

  /**
   * Replaces the file's content with exactly these channels, durably.
   *
   * @throws LakeException with {@code INTERNAL_FAILURE} when the write fails; the file then keeps its old content
   */
  void save(Collection<Channel> channels) {
    try {
      AtomicFiles.writeAtomically(file, mapper.writeValueAsBytes(PersistedChannels.of(channels)));
    } catch (IOException failure) {
      throw new LakeException(INTERNAL_FAILURE, "The channel catalog " + file + " cannot be written (" + failure
          + "); check that the data directory exists, is writable and has free space, then retry.", failure);
    }
  }
}
