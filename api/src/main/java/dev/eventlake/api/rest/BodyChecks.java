package dev.eventlake.api.rest;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.List;
import java.util.Objects;

/** Checks request body records make in their constructors; failures name the member. */
final class BodyChecks {
  private BodyChecks() {}

  /** {@code value}, which must be present and not null. */
  static <T> T required(T value, String member) {
    if (value == null) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "member '%s' is required", member);
    }
    return value;
  }

  /** {@code values} (may be absent) without null entries. */
  static <T> List<T> entries(List<T> values, String member) {
    if (values != null && values.stream().anyMatch(Objects::isNull)) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "member '%s' has a null entry", member);
    }
    return values;
  }
}
