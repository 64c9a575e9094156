package dev.eventlake.store.error;

import static java.util.Objects.requireNonNull;

/** The one unchecked root exception of Eventlake: an {@link ErrorCode} plus a message a person can act on. */
public class LakeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public LakeException(ErrorCode code, String message) {
    super(message);
    this.code = requireNonNull(code, "code is null");
  }

  public LakeException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = requireNonNull(code, "code is null");
  }

  public ErrorCode code() {
    return code;
  }

  /** Shorthand used at validation sites: {@code throw LakeException.of(INVALID_PARAMETER, "x %s", y)}. */
  public static LakeException of(ErrorCode code, String format, Object... args) {
    return new LakeException(code, String.format(java.util.Locale.ROOT, format, args));
  }
}
