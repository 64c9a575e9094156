package dev.eventlake.api.imports;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Where an import stands, with CloudTrail's names: it is running while INITIALIZING or IN_PROGRESS. */
public enum ImportStatus {
  INITIALIZING,
  IN_PROGRESS,
  FAILED,
  STOPPED,
  COMPLETED;

  public boolean isRunning() {
    return this == INITIALIZING || this == IN_PROGRESS;
  }

  /** Whether StartImport with only this import's ID may run it again. */
  public boolean isRetryable() {
    return this == FAILED || this == STOPPED;
  }

  /** Parses a wire name; anything else is an {@code InvalidParameterException} listing the names. */
  public static ImportStatus parse(String name) {
    for (ImportStatus status : values()) {
      if (status.name().equals(name)) {
        return status;
      }
    }
    throw LakeException.of(ErrorCode.INVALID_PARAMETER, "ImportStatus '%s' is not one of %s", name,
        Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
  }
}
