package dev.eventlake.api.delivery;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How query results are delivered; {@link #defaults(Path)} holds the defaults. {@code s3://} destinations use the
 * server's S3 endpoint settings (the {@code EVENTLAKE_S3_*} variables, shared with imports).
 *
 * @param fileRoots folders {@code file://} destinations must lie within
 * @param maxFileBytes uncompressed CSV bytes after which the next result file starts
 */
public record DeliverySettings(List<Path> fileRoots, long maxFileBytes) {
  public static final String EXPORT_ROOTS_VARIABLE = "EVENTLAKE_EXPORT_ROOTS";

  public DeliverySettings {
    fileRoots = requireNonNull(fileRoots, "fileRoots is null").stream()
        .map(root -> root.toAbsolutePath().normalize()).toList();
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("maxFileBytes must be positive");
    }
  }

  /** {@code file://} destinations below {@code <dataDirectory>/exports}; result files of up to 1 GiB of CSV. */
  public static DeliverySettings defaults(Path dataDirectory) {
    return new DeliverySettings(List.of(dataDirectory.resolve("exports")), 1L << 30);
  }

  /** Applies {@code EVENTLAKE_EXPORT_ROOTS} (folders separated by the path separator). */
  public DeliverySettings withEnvironment(Map<String, String> environment) {
    String roots = environment.get(EXPORT_ROOTS_VARIABLE);
    if (roots == null || roots.isBlank()) {
      return this;
    }
    return withFileRoots(Arrays.stream(roots.split(File.pathSeparator)).filter(root -> !root.isBlank())
        .map(Path::of).toList());
  }

  public DeliverySettings withFileRoots(List<Path> roots) {
    return new DeliverySettings(roots, maxFileBytes);
  }

  public DeliverySettings withMaxFileBytes(long bytes) {
    return new DeliverySettings(fileRoots, bytes);
  }
}
