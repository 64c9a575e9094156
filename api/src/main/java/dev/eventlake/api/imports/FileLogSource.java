package dev.eventlake.api.imports;

import dev.eventlake.store.ingest.ImportRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * A {@code file:///} source: a folder (walked recursively, without following links) or a single file. Files are read
 * in place; a file reached through a symbolic link is read only if its real path is within the import roots.
 */
final class FileLogSource implements LogSource {
  private final Path root;
  private final ImportRoots roots;

  FileLogSource(Path root, ImportRoots roots) {
    this.root = root;
    this.roots = roots;
  }

  @Override
  public Stream<SourceFile> files(ImportRange range) throws IOException {
    if (!Files.isDirectory(root)) {
      return Stream.of(sourceFile(root));
    }
    Path logs = root.resolve(CloudTrailLayout.LOGS_FOLDER);
    boolean trailLayout = Files.isDirectory(logs);
    return Files.walk(trailLayout ? logs : root)
        .filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
        .filter(path -> {
          String relative = root.relativize(path).toString();
          return (!trailLayout || CloudTrailLayout.inTrailTree(relative)) && CloudTrailLayout.selected(relative, range);
        })
        .map(FileLogSource::sourceFile);
  }

  @Override
  public Path readable(SourceFile file, Path target) {
    return roots.check(Path.of(file.name()), file.location());
  }

  @Override
  public void close() {}

  private static SourceFile sourceFile(Path path) {
    try {
      long size = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
      return new SourceFile(path.toUri().toString(), path.getParent().toString(), path.toString(), size);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
