package dev.eventlake.api.imports;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders {@code file://} import sources must lie within. A path is checked twice: after normalising
 * ({@code ..} segments) and after resolving symbolic links, so neither can lead outside the roots.
 */
final class ImportRoots {
  private final List<Path> roots;

  ImportRoots(List<Path> roots) {
    this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
  }

  /** The real path of the folder or file a {@code file:///absolute/path} URI names, if it is allowed and readable. */
  Path resolve(URI uri) {
    Path requested;
    try {
      requested = Path.of(uri);
    } catch (IllegalArgumentException | FileSystemNotFoundException malformed) {
      throw LakeException.of(ErrorCode.INVALID_IMPORT_SOURCE, "'%s' is not a usable file URI (%s); write "
          + "file:///absolute/path", uri, malformed.getMessage());
    }
    Path normal = requested.toAbsolutePath().normalize();
    if (!within(normal, roots)) {
      throw outside(uri.toString());
    }
    if (!Files.exists(normal)) {
      throw LakeException.of(ErrorCode.INVALID_IMPORT_SOURCE, "%s does not exist", uri);
    }
    Path real = check(normal, uri.toString());
    if (!Files.isReadable(real) || !(Files.isDirectory(real) || Files.isRegularFile(real))) {
      throw LakeException.of(ErrorCode.INVALID_IMPORT_SOURCE, "%s is not a readable folder or file", uri);
    }
    return real;
  }

  /** The real path of {@code path}, which must exist; outside the roots → {@code InvalidImportSourceException}. */
  Path check(Path path, String shownAs) {
    try {
      Path real = path.toRealPath();
      if (!within(real, realRoots())) {
        throw outside(shownAs);
      }
      return real;
    } catch (IOException unreadable) {
      throw LakeException.of(ErrorCode.INVALID_IMPORT_SOURCE, "%s cannot be read: %s", shownAs, unreadable);
    }
  }

  private List<Path> realRoots() {
    List<Path> real = new ArrayList<>();
    for (Path root : roots) {
      try {
        real.add(root.toRealPath());
      } catch (IOException missing) {
        // a root that does not exist allows nothing
      }
    }
    return real;
  }

  private static boolean within(Path path, List<Path> allowed) {
    return allowed.stream().anyMatch(path::startsWith);
  }

  private LakeException outside(String shownAs) {
    return LakeException.of(ErrorCode.INVALID_IMPORT_SOURCE, "%s lies outside the folders this server imports from"
        + " (%s); the server's import roots are set with --import-root or EVENTLAKE_IMPORT_ROOTS", shownAs, roots);
  }
}
