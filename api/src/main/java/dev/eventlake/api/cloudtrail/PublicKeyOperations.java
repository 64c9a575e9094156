package dev.eventlake.api.cloudtrail;

import dev.eventlake.api.auth.Access;
import dev.eventlake.api.signing.SigningKey;
import dev.eventlake.api.signing.SigningKeys;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * ListPublicKeys (section 2.10): the public halves of the keys that signed query result sign files in a time window
 * (by default now, so the current key), each with its validity window and fingerprint.
 */
public final class PublicKeyOperations {
  private final SigningKeys keys;
  private final Clock clock;

  public PublicKeyOperations(SigningKeys keys, Clock clock) {
    this.keys = keys;
    this.clock = clock;
  }

  /** ListPublicKeys input. */
  public record ListInput(Instant startTime, Instant endTime, String nextToken) {}

  /** One public key: DER-encoded PKCS#1 {@code Value} (base64 on the wire), validity window and fingerprint. */
  public record PublicKeyItem(byte[] value, Instant validityStartTime, Instant validityEndTime, String fingerprint) {}

  /** ListPublicKeys output. */
  public record ListOutput(List<PublicKeyItem> publicKeyList, String nextToken) {}

  public List<Operation> operations() {
    return List.of(Operation.of("ListPublicKeys", Access.READ, ListInput.class, (input, caller) -> list(input)));
  }

  private ListOutput list(ListInput input) {
    Instant now = clock.instant();
    Instant end = input.endTime() != null ? input.endTime() : now;
    Instant start = input.startTime() != null ? input.startTime() : end;
    if (start.isAfter(end)) {
      throw LakeException.of(ErrorCode.INVALID_TIME_RANGE, "StartTime %s is after EndTime %s.", start, end);
    }
    List<PublicKeyItem> items = keys.validDuring(start, end).stream().map(PublicKeyOperations::item).toList();
    try {
      ListPages.Page<PublicKeyItem> page = ListPages.page(items, input.nextToken(), null, "ListPublicKeys");
      return new ListOutput(page.items(), page.nextToken());
    } catch (LakeException badToken) {
      throw new LakeException(ErrorCode.INVALID_TOKEN, badToken.getMessage(), badToken);
    }
  }

  private static PublicKeyItem item(SigningKey key) {
    return new PublicKeyItem(key.publicKey(), key.validityStartTime(), key.validityEndTime(), key.fingerprint());
  }
}
