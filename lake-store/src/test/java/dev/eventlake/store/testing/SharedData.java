package dev.eventlake.store.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared, read-only corpus of real CloudTrail records that sits beside the repository. */
public final class SharedData {
  private SharedData() {}

  /** {@code ../shared/data/cloudtrail}, found through the {@code eventlake.shared.dir} property or by walking up. */
  public static Path cloudTrailRecords() {
    String configured = System.getProperty("eventlake.shared.dir");
    if (configured != null && Files.isDirectory(Path.of(configured, "data", "cloudtrail"))) {
      return Path.of(configured, "data", "cloudtrail").toAbsolutePath().normalize();
    }
    for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
      Path candidate = directory.resolve("shared").resolve("data").resolve("cloudtrail");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("../shared/data/cloudtrail not found; set -Deventlake.shared.dir");
  }
}
