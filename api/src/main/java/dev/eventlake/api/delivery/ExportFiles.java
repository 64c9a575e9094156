package dev.eventlake.api.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The files of one delivered query folder, wherever it lies, as the verifier reads them. */
public interface ExportFiles extends AutoCloseable {
  /** The folder, for messages. */
  String location();

  /** The names of the files directly in the folder. */
  List<String> names() throws IOException;

  /** The content of {@code name}; {@link java.nio.file.NoSuchFileException} when it is not there. */
  InputStream open(String name) throws IOException;

  @Override
  void close();
}
