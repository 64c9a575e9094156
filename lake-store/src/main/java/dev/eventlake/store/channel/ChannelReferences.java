package dev.eventlake.store.channel;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.regex.Pattern;

/**
 * Formats channel ARNs of one account and Region and parses channel references (an ARN or the channel ID) into IDs.
 * The control plane and PutAuditEvents report bad references under different error names, so each parse names its
 * {@link Errors}.
 */
final class ChannelReferences {
  private static final int MINIMUM_LENGTH = 3;
  private static final int MAXIMUM_LENGTH = 256;
  private static final Pattern REFERENCE = Pattern.compile("^[a-zA-Z0-9._/\\-:]+$");
  private static final Pattern ID = Pattern.compile("^[a-f0-9\\-]{36}$");
  private static final String RESOURCE_PREFIX = "channel/";
  private static final String ARN_FORMAT = "arn:aws:cloudtrail:<region>:<account-id>:channel/<id>";

  /** The error names for a malformed reference and for an ARN of another account. */
  record Errors(ErrorCode malformed, ErrorCode otherAccount) {
    static final Errors CONTROL_PLANE = new Errors(ErrorCode.CHANNEL_ARN_INVALID, ErrorCode.CHANNEL_ARN_INVALID);
    static final Errors INGESTION =
        new Errors(ErrorCode.INVALID_CHANNEL_ARN, ErrorCode.CHANNEL_INSUFFICIENT_PERMISSION);
  }

  private final String region;
  private final String accountId;

  ChannelReferences(String region, String accountId) {
    this.region = region;
    this.accountId = accountId;
  }

  /** The ARN of the channel with this ID. */
  String arnFor(String id) {
    return "arn:aws:cloudtrail:" + region + ":" + accountId + ":" + RESOURCE_PREFIX + id;
  }

  /** The channel ID a reference names. */
  String parse(String reference, Errors errors) {
    if (reference == null || reference.isEmpty()) {
      throw LakeException.of(errors.malformed(), "A channel is required; pass its ARN (%s) or its ID.", ARN_FORMAT);
    }
    if (reference.length() < MINIMUM_LENGTH || reference.length() > MAXIMUM_LENGTH
        || !REFERENCE.matcher(reference).matches()) {
      throw LakeException.of(errors.malformed(), "Channel '%s' is not valid: use %d to %d characters from letters, "
          + "digits and . _ / - : (a channel ARN %s or a channel ID).", reference, MINIMUM_LENGTH, MAXIMUM_LENGTH,
          ARN_FORMAT);
    }
    String id = reference.startsWith("arn:") ? idFromArn(reference, errors) : reference;
    if (!ID.matcher(id).matches()) {
      throw LakeException.of(errors.malformed(), "Channel '%s' is neither a channel ARN (%s) nor a channel ID, which "
          + "is a lower-case UUID.", reference, ARN_FORMAT);
    }
    return id;
  }

  private String idFromArn(String arn, Errors errors) {
    String[] parts = arn.split(":", 6);
    boolean wellFormed = parts.length == 6 && parts[1].equals("aws") && parts[2].equals("cloudtrail")
        && parts[5].startsWith(RESOURCE_PREFIX);
    if (!wellFormed) {
      throw LakeException.of(errors.malformed(), "'%s' is not a channel ARN; expected %s.", arn, ARN_FORMAT);
    }
    if (!parts[4].equals(accountId)) {
      throw LakeException.of(errors.otherAccount(), "Channel ARN '%s' belongs to account '%s'; this service holds the "
          + "channels of account %s only.", arn, parts[4], accountId);
    }
    if (!parts[3].equals(region)) {
      throw LakeException.of(errors.malformed(), "Channel ARN '%s' names Region '%s'; this service holds the channels "
          + "of Region %s only. Use an ARN of that Region, or the channel ID.", arn, parts[3], region);
    }
    return parts[5].substring(RESOURCE_PREFIX.length());
  }
}
