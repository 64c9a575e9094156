package dev.eventlake.store.selector;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.Locale;

/** Which selector of a request is being validated, so that error messages can point at it. */
record SelectorLocation(String name, int position) {
  /** {@code Selector "Log S3 reads" (#2)}, or {@code Selector #2} when the selector has no usable name. */
  String label() {
    if (name == null || name.isEmpty() || name.length() > SelectorStructure.MAX_NAME_LENGTH) {
      return "Selector #" + position;
    }
    return "Selector \"" + name + "\" (#" + position + ")";
  }

  /** An {@code InvalidEventSelectorsException} whose message starts with this selector's label. */
  LakeException error(String format, Object... args) {
    String detail = String.format(Locale.ROOT, format, args);
    return new LakeException(ErrorCode.INVALID_EVENT_SELECTORS, label() + ": " + detail);
  }
}
