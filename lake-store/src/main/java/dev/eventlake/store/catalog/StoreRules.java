package dev.eventlake.store.catalog;

import static dev.eventlake.store.error.ErrorCode.INVALID_EVENT_DATA_STORE_CATEGORY;
import static dev.eventlake.store.error.ErrorCode.INVALID_EVENT_SELECTORS;
import static dev.eventlake.store.error.ErrorCode.INVALID_KMS_KEY_ID;
import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;
import static dev.eventlake.store.error.ErrorCode.INVALID_TAG_PARAMETER;
import static dev.eventlake.store.error.ErrorCode.TAGS_LIMIT_EXCEEDED;

import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.selector.EventCategory;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The stateless validation rules of event data store members (names, retention, tags, KMS keys, categories). */
final class StoreRules {
  static final int MAXIMUM_TAGS = 50;
  private static final int MINIMUM_NAME_LENGTH = 3;
  private static final int MAXIMUM_NAME_LENGTH = 128;
  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9._\\-]+$");
  private static final int MAXIMUM_KMS_KEY_ID_LENGTH = 350;
  private static final Pattern KMS_KEY_ID = Pattern.compile("^[a-zA-Z0-9._/\\-:]+$");
  private static final Set<EventCategory> INGESTION_CONTROLLABLE = EnumSet.of(EventCategory.MANAGEMENT,
      EventCategory.DATA, EventCategory.NETWORK_ACTIVITY, EventCategory.CONFIGURATION_ITEM);
  private static final String CLOUDTRAIL_EVENTS_FAMILY = "CloudTrail (Management, Data, NetworkActivity)";

  private StoreRules() {}

  /** Checks a store name: required, 3 to 128 characters, letters, digits, '.', '_' and '-'. */
  static String requireValidName(String name) {
    if (name == null) {
      throw LakeException.of(INVALID_PARAMETER, "Name is required; give the event data store a name of %d to %d "
          + "characters from letters, digits, '.', '_' and '-'.", MINIMUM_NAME_LENGTH, MAXIMUM_NAME_LENGTH);
    }
    if (name.length() < MINIMUM_NAME_LENGTH || name.length() > MAXIMUM_NAME_LENGTH || !NAME.matcher(name).matches()) {
      throw LakeException.of(INVALID_PARAMETER, "Name '%s' is not valid: an event data store name has %d to %d "
          + "characters from letters, digits, '.', '_' and '-' (pattern %s).", name, MINIMUM_NAME_LENGTH,
          MAXIMUM_NAME_LENGTH, NAME.pattern());
    }
    return name;
  }

  /** The retention period to use: the requested one when it fits the billing mode, else the mode's default. */
  static int retentionFor(Integer requested, BillingMode billingMode) {
    if (requested == null) {
      return billingMode.defaultRetentionDays();
    }
    if (requested < BillingMode.MINIMUM_RETENTION_DAYS || requested > billingMode.maximumRetentionDays()) {
      throw LakeException.of(INVALID_PARAMETER, "RetentionPeriod %d is out of range: with BillingMode %s it must be "
          + "%d to %d days.", requested, billingMode.wireName(), BillingMode.MINIMUM_RETENTION_DAYS,
          billingMode.maximumRetentionDays());
    }
    return requested;
  }

  /** Checks the tag count and that no key repeats; each tag checked its own key and value already. */
  static List<Tag> requireValidTags(List<Tag> tags) {
    if (tags.size() > MAXIMUM_TAGS) {
      throw LakeException.of(TAGS_LIMIT_EXCEEDED, "TagsList has %d tags; a resource may have at most %d.",
          tags.size(), MAXIMUM_TAGS);
    }
    Set<String> keys = new HashSet<>();
    for (Tag tag : tags) {
      if (!keys.add(tag.key())) {
        throw LakeException.of(INVALID_TAG_PARAMETER, "Tag key '%s' appears more than once; give each key once.",
            tag.key());
      }
    }
    return tags;
  }

  /** Checks a KMS key reference (key ID, key ARN, alias name or alias ARN); null means no key. */
  static String requireValidKmsKeyId(String kmsKeyId) {
    if (kmsKeyId != null && (kmsKeyId.isEmpty() || kmsKeyId.length() > MAXIMUM_KMS_KEY_ID_LENGTH
        || !KMS_KEY_ID.matcher(kmsKeyId).matches())) {
      throw LakeException.of(INVALID_KMS_KEY_ID, "KmsKeyId '%s' is not valid: use a key ID, key ARN, alias name "
          + "(alias/...) or alias ARN of 1 to %d characters from letters, digits and . _ / - :.", kmsKeyId,
          MAXIMUM_KMS_KEY_ID_LENGTH);
    }
    return kmsKeyId;
  }

  /** Rejects selectors that would move a store to another kind of events, e.g. Management to ActivityAuditLog. */
  static void requireSameCategoryFamily(Set<EventCategory> current, Set<EventCategory> proposed, String storeName) {
    Set<String> currentFamilies = families(current);
    Set<String> proposedFamilies = families(proposed);
    if (!currentFamilies.equals(proposedFamilies)) {
      throw LakeException.of(INVALID_EVENT_SELECTORS, "Event data store '%s' holds %s events; its new selectors "
          + "select %s events. Selectors may only change within the same kind of events; create a new event data "
          + "store for the other kind.", storeName, String.join(", ", currentFamilies),
          String.join(", ", proposedFamilies));
    }
  }

  /** Rejects starting or stopping ingestion on stores fed by other means (Insight, ActivityAuditLog, Evidence). */
  static void requireIngestionControllable(EventDataStore store, String operation) {
    if (!INGESTION_CONTROLLABLE.containsAll(store.categories())) {
      throw LakeException.of(INVALID_EVENT_DATA_STORE_CATEGORY, "%s is only possible for event data stores of "
          + "Management, Data, NetworkActivity or ConfigurationItem events; '%s' holds %s events.", operation,
          store.name(), wireNames(store.categories()));
    }
  }

  private static Set<String> families(Set<EventCategory> categories) {
    return categories.stream()
        .map(category -> category.isCloudTrailEvents() ? CLOUDTRAIL_EVENTS_FAMILY : category.wireName())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String wireNames(Set<EventCategory> categories) {
    return categories.stream().map(EventCategory::wireName).collect(Collectors.joining(", "));
  }
}
