package dev.eventlake.api.auth;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.Locale;

/** The role of an access key: {@code admin} may do everything, {@code writer} ingest and import, {@code reader} read. */
public enum Role {
  ADMIN,
  WRITER,
  READER;

  /** Whether a key with this role may perform an operation that needs {@code access}. */
  public boolean allows(Access access) {
    return switch (this) {
      case ADMIN -> true;
      case WRITER -> access == Access.WRITE;
      case READER -> access == Access.READ;
    };
  }

  /** The lower-case name used in files, on the wire and on the command line. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code admin}, {@code writer} or {@code reader}, in any case. */
  public static Role parse(String text) {
    for (Role role : values()) {
      if (role.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return role;
      }
    }
    throw LakeException.of(ErrorCode.INVALID_PARAMETER, "unknown role '%s'; use admin, writer or reader", text);
  }
}
