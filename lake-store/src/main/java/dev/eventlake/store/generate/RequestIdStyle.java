package dev.eventlake.store.generate;

import java.util.SplittableRandom;

/** The shape of a service's {@code requestID}: a UUID, S3's 16 characters, DynamoDB's 52, or none (sign-in). */
enum RequestIdStyle {
  UUID,
  S3,
  DYNAMODB,
  NONE;

  /** A fresh request ID of this style, or null for {@link #NONE}. */
  String next(SplittableRandom random) {
    return switch (this) {
      case UUID -> RandomText.uuid(random);
      case S3 -> RandomText.of(random, RandomText.UPPER_ALPHANUMERIC, 16);
      case DYNAMODB -> RandomText.of(random, RandomText.UPPER_ALPHANUMERIC, 52);
      case NONE -> null;
    };
  }
}
