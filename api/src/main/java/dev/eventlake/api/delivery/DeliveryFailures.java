package dev.eventlake.api.delivery;

import dev.eventlake.query.service.DeliveryOutcome;
import dev.eventlake.query.service.DeliveryStatus;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns what went wrong while writing a delivery into CloudTrail's DeliveryStatus and a message to act on. */
final class DeliveryFailures {
  private DeliveryFailures() {}

  /** A failure while the result files were written (or before). */
  static DeliveryOutcome results(String destination, Exception failure, String location) {
    DeliveryStatus status = switch (kind(failure)) {
      case MISSING -> DeliveryStatus.RESOURCE_NOT_FOUND;
      case DENIED -> DeliveryStatus.ACCESS_DENIED;
      case OTHER -> DeliveryStatus.FAILED;
    };
    return DeliveryOutcome.failure(status, "Writing the result files to " + destination + " failed: "
        + describe(failure), location);
  }

  /** A failure while the sign file was written, after every result file was. */
  static DeliveryOutcome signFile(String destination, Exception failure, String location) {
    DeliveryStatus status = kind(failure) == Kind.DENIED ? DeliveryStatus.ACCESS_DENIED_SIGNING_FILE
        : DeliveryStatus.FAILED_SIGNING_FILE;
    return DeliveryOutcome.failure(status, "The result files were written to " + location + " but the sign file "
        + "was not: " + describe(failure), location);
  }

  /** What kind of failure it was, whatever the destination. */
  private enum Kind { MISSING, DENIED, OTHER }

  private static Kind kind(Exception failure) {
    if (failure instanceof S3Exception s3) {
      return s3.statusCode() == 404 ? Kind.MISSING : s3.statusCode() == 403 ? Kind.DENIED : Kind.OTHER;
    }
    if (failure instanceof NoSuchFileException) {
      return Kind.MISSING;
    }
    return failure instanceof AccessDeniedException ? Kind.DENIED : Kind.OTHER;
  }

  private static String describe(Exception failure) {
    if (failure instanceof S3Exception s3 && s3.awsErrorDetails() != null) {
      return s3.awsErrorDetails().errorMessage() + " (" + s3.awsErrorDetails().errorCode() + ", HTTP "
          + s3.statusCode() + ")";
    }
    if (failure instanceof NoSuchFileException missing) {
      return missing.getFile() + ": " + (missing.getReason() == null ? "no such file or folder" : missing.getReason());
    }
    if (failure instanceof AccessDeniedException denied) {
      return denied.getFile() + ": " + (denied.getReason() == null ? "access denied" : denied.getReason());
    }
    return failure.getMessage() == null ? failure.toString() : failure.getMessage();
  }
}
