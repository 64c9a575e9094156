package dev.eventlake.store.catalog;

import static dev.eventlake.store.error.ErrorCode.INVALID_TAG_PARAMETER;

import dev.eventlake.store.error.LakeException;

/**
 * A resource tag. The key is required and 1..128 characters long; the value is optional (null) and at most 256
 * characters long. Violations raise {@code InvalidTagParameterException}.
 */
public record Tag(String key, String value) {
  /** The longest tag key CloudTrail accepts. */
  public static final int MAXIMUM_KEY_LENGTH = 128;
  /** The longest tag value CloudTrail accepts. */
  public static final int MAXIMUM_VALUE_LENGTH = 256;

  public Tag {
    if (key == null || key.isEmpty()) {
      throw LakeException.of(INVALID_TAG_PARAMETER,
          "Tag key is missing or empty; give every tag a key of 1 to %d characters.", MAXIMUM_KEY_LENGTH);
    }
    if (key.length() > MAXIMUM_KEY_LENGTH) {
      throw LakeException.of(INVALID_TAG_PARAMETER,
          "Tag key '%s...' is %d characters long; tag keys may have at most %d.", key.substring(0, 20), key.length(),
          MAXIMUM_KEY_LENGTH);
    }
    if (value != null && value.length() > MAXIMUM_VALUE_LENGTH) {
      throw LakeException.of(INVALID_TAG_PARAMETER,
          "Value of tag '%s' is %d characters long; tag values may have at most %d.", key, value.length(),
          MAXIMUM_VALUE_LENGTH);
    }
  }
}
