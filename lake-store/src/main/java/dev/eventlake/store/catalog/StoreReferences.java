package dev.eventlake.store.catalog;

import static dev.eventlake.store.error.ErrorCode.EVENT_DATA_STORE_ARN_INVALID;
import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;

import dev.eventlake.store.error.LakeException;
import java.util.regex.Pattern;

/**
 * Formats the ARNs of one account and Region and parses the {@code EventDataStore} member of requests, which may be
 * a full ARN, a store ID or a store name.
 *
 * <p>An ARN of another account or Region is rejected with {@code EventDataStoreARNInvalidException}, not reported
 * as not found: CloudTrail uses that error for ARNs "not in the account", and this service hosts exactly one account
 * and Region, so such a store can never exist here.
 */
final class StoreReferences {
  static final int MINIMUM_LENGTH = 3;
  static final int MAXIMUM_LENGTH = 256;
  private static final Pattern REFERENCE = Pattern.compile("^[a-zA-Z0-9._/\\-:]+$");
  private static final String RESOURCE_PREFIX = "eventdatastore/";
  private static final String ARN_FORMAT = "arn:aws:cloudtrail:<region>:<account-id>:eventdatastore/<id>";

  private final String region;
  private final String accountId;

  StoreReferences(String region, String accountId) {
    this.region = region;
    this.accountId = accountId;
  }

  /** The ARN of the store with this ID. */
  String arnFor(String id) {
    return "arn:aws:cloudtrail:" + region + ":" + accountId + ":" + RESOURCE_PREFIX + id;
  }

  /** Validates a reference and tells how to look it up. */
  Lookup parse(String reference) {
    if (reference == null || reference.isEmpty()) {
      throw LakeException.of(INVALID_PARAMETER,
          "EventDataStore is required; pass the ARN, ID or name of an event data store.");
    }
    if (reference.length() < MINIMUM_LENGTH || reference.length() > MAXIMUM_LENGTH
        || !REFERENCE.matcher(reference).matches()) {
      throw LakeException.of(EVENT_DATA_STORE_ARN_INVALID,
          "EventDataStore '%s' is not valid: use %d to %d characters from letters, digits and . _ / - : "
              + "(an ARN %s, a store ID or a store name).",
          reference, MINIMUM_LENGTH, MAXIMUM_LENGTH, ARN_FORMAT);
    }
    if (reference.startsWith("arn:")) {
      return new Lookup(idFromArn(reference), true);
    }
    if (reference.indexOf(':') >= 0 || reference.indexOf('/') >= 0) {
      throw LakeException.of(EVENT_DATA_STORE_ARN_INVALID,
          "EventDataStore '%s' is neither an ARN (%s) nor a store ID or name, which cannot contain ':' or '/'.",
          reference, ARN_FORMAT);
    }
    return new Lookup(reference, false);
  }

  private String idFromArn(String arn) {
    String[] parts = arn.split(":", 6);
    boolean wellFormed = parts.length == 6
        && parts[1].equals("aws")
        && parts[2].equals("cloudtrail")
        && parts[5].startsWith(RESOURCE_PREFIX)
        && parts[5].length() > RESOURCE_PREFIX.length();
    String id = wellFormed ? parts[5].substring(RESOURCE_PREFIX.length()) : "";
    if (!wellFormed || id.indexOf(':') >= 0 || id.indexOf('/') >= 0) {
      throw LakeException.of(EVENT_DATA_STORE_ARN_INVALID,
          "'%s' is not an event data store ARN; expected %s.", arn, ARN_FORMAT);
    }
    if (!parts[3].equals(region) || !parts[4].equals(accountId)) {
      throw LakeException.of(EVENT_DATA_STORE_ARN_INVALID,
          "ARN '%s' names Region '%s' and account '%s', but this service holds event data stores of Region %s and"
              + " account %s only; use an ARN of that Region and account, or the store ID.",
          arn, parts[3], parts[4], region, accountId);
    }
    return id;
  }

  /**
   * How to find a referenced store.
   *
   * @param key the store ID, or an ID or name when {@code idOnly} is false
   * @param idOnly true when the reference was an ARN, whose suffix can only be an ID
   */
  record Lookup(String key, boolean idOnly) {}
}
