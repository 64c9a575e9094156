package dev.eventlake.store.catalog;

import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;

import dev.eventlake.store.error.LakeException;
import java.util.List;
import java.util.Objects;

/** Copies the optional list members of catalog requests, keeping "absent" (null) apart from "empty". */
final class RequestLists {
  private RequestLists() {}

  /** An immutable copy of {@code values}, or null when the member is absent. */
  static <T> List<T> copyOrNull(List<T> values, String memberName) {
    if (values == null) {
      return null;
    }
    if (values.stream().anyMatch(Objects::isNull)) {
      throw LakeException.of(INVALID_PARAMETER, "%s contains a null entry; remove it or give a value.", memberName);
    }
    return List.copyOf(values);
  }
}
