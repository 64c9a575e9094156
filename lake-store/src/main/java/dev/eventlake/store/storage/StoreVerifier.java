package dev.eventlake.store.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a store against its manifest: every committed file is present with the size and SHA-256 recorded when
 * it was committed. (The manifest's own hash chain is checked whenever it is opened.) Files that retention removed
 * are recorded as such in the manifest, so they are counted apart and never reported as missing; a file deleted
 * without such a record is.
 */
public final class StoreVerifier {
  private StoreVerifier() {}

  /**
   * A store's verification outcome: how much was checked, what retention removed according to the manifest, and
   * every problem found, each naming its file.
   */
  public record Report(long files, long events, long filesRemovedByRetention, long eventsRemovedByRetention,
      List<String> problems) {
    public Report {
      problems = List.copyOf(problems);
    }

    public boolean intact() {
      return problems.isEmpty();
    }
  }

  public static Report verify(StoreFiles store) throws IOException {
    List<String> problems = new ArrayList<>();
    long events = 0;
    List<FileEntry> files = store.liveFiles();
    for (FileEntry file : files) {
      events += file.events();
      Path path = store.directory().resolve(file.path());
      if (!Files.exists(path)) {
        problems.add(file.path() + ": missing (committed with " + file.events() + " events)");
      } else if (Files.size(path) != file.bytes()) {
        problems.add(file.path() + ": size " + Files.size(path) + " bytes, committed as " + file.bytes());
      } else if (!Hashing.sha256(path).equals(file.sha256())) {
        problems.add(file.path() + ": SHA-256 differs from the one committed; the file was modified");
      }
    }
    List<FileEntry> removedByRetention = store.manifest().entries().stream()
        .filter(entry -> entry.action() == ManifestEntry.Action.REMOVE)
        .flatMap(entry -> entry.removed().stream())
        .toList();
    return new Report(files.size(), events, removedByRetention.size(),
        removedByRetention.stream().mapToLong(FileEntry::events).sum(), problems);
  }
}
