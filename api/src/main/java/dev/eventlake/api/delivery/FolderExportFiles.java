package dev.eventlake.api.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A delivered query folder on this machine. */
public final class FolderExportFiles implements ExportFiles {
  private final Path folder;

  public FolderExportFiles(Path folder) {
    this.folder = folder;
  }

  @Override
  public String location() {
    return folder.toString();
  }

  @Override
  public List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  @Override
  public InputStream open(String name) throws IOException {
    return Files.newInputStream(folder.resolve(name));
  }

  @Override
  public void close() {
    // nothing held open
  }
}
