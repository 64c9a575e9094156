package dev.eventlake.store.channel;

import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;
import static dev.eventlake.store.error.ErrorCode.INVALID_SOURCE;
import static dev.eventlake.store.error.ErrorCode.INVALID_TAG_PARAMETER;
import static dev.eventlake.store.error.ErrorCode.TAGS_LIMIT_EXCEEDED;

import dev.eventlake.store.catalog.Tag;
import dev.eventlake.store.error.LakeException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The stateless validation rules of channel members: name, source, tags and the shape of destinations. */
final class ChannelRules {
  /** The source for a channel of the account's own applications; other sources name a partner. */
  static final String CUSTOM_SOURCE = "Custom";
  static final int MAXIMUM_TAGS = 50;
  static final int MAXIMUM_DESTINATIONS = 200;
  private static final int MINIMUM_NAME_LENGTH = 3;
  private static final int MAXIMUM_NAME_LENGTH = 128;
  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9._\\-]+$");
  private static final int MAXIMUM_SOURCE_LENGTH = 256;
  private static final Pattern SOURCE = Pattern.compile("^[\\p{Print}&&[^\\s]](?:[\\p{Print}]*[\\p{Print}&&[^\\s]])?$");
  private static final int MINIMUM_LOCATION_LENGTH = 3;
  private static final int MAXIMUM_LOCATION_LENGTH = 1024;
  private static final Pattern LOCATION = Pattern.compile("^[a-zA-Z0-9._/\\-:*]+$");

  private ChannelRules() {}

  /** Checks a channel name: required, 3 to 128 characters, letters, digits, '.', '_' and '-'. */
  static String requireValidName(String name) {
    if (name == null || name.length() < MINIMUM_NAME_LENGTH || name.length() > MAXIMUM_NAME_LENGTH
        || !NAME.matcher(name).matches()) {
      throw LakeException.of(INVALID_PARAMETER, "Name '%s' is not valid: a channel name is required and has %d to %d "
          + "characters from letters, digits, '.', '_' and '-'.", name, MINIMUM_NAME_LENGTH, MAXIMUM_NAME_LENGTH);
    }
    return name;
  }

  /** Checks a source: {@code Custom} or a partner name of 1 to 256 printable characters. */
  static String requireValidSource(String source) {
    if (source == null) {
      throw LakeException.of(INVALID_PARAMETER, "Source is required: '%s' for your own applications, or the name of a "
          + "partner event source.", CUSTOM_SOURCE);
    }
    if (source.length() > MAXIMUM_SOURCE_LENGTH || !SOURCE.matcher(source).matches()) {
      throw LakeException.of(INVALID_SOURCE, "Source '%s' is not valid: use '%s' for your own applications, or the "
          + "name of a partner event source (1 to %d printable characters, no leading or trailing spaces).", source,
          CUSTOM_SOURCE, MAXIMUM_SOURCE_LENGTH);
    }
    return source;
  }

  /** Checks the shape of a destination list: 1 to 200 complete entries with well-formed locations. */
  static List<Destination> requireWellFormedDestinations(List<Destination> destinations) {
    if (destinations == null || destinations.isEmpty() || destinations.size() > MAXIMUM_DESTINATIONS) {
      throw LakeException.of(INVALID_PARAMETER, "Destinations must list 1 to %d destinations; got %s.",
          MAXIMUM_DESTINATIONS, destinations == null ? "none" : destinations.size());
    }
    for (Destination destination : destinations) {
      if (destination == null || destination.type() == null || destination.location() == null) {
        throw LakeException.of(INVALID_PARAMETER, "Every destination needs a Type (EVENT_DATA_STORE) and a Location "
            + "(the ARN or ID of an event data store); got %s.", destination);
      }
      String location = destination.location();
      if (location.length() < MINIMUM_LOCATION_LENGTH || location.length() > MAXIMUM_LOCATION_LENGTH
          || !LOCATION.matcher(location).matches()) {
        throw LakeException.of(INVALID_PARAMETER, "Destination location '%s' is not valid: use %d to %d characters "
            + "from letters, digits and . _ / - : *.", location, MINIMUM_LOCATION_LENGTH, MAXIMUM_LOCATION_LENGTH);
      }
    }
    return destinations;
  }

  /** Checks the tag list: at most 50 tags, no null entry, no key twice; each tag checked its own key and value. */
  static List<Tag> requireValidTags(List<Tag> tags) {
    if (tags == null) {
      return List.of();
    }
    if (tags.size() > MAXIMUM_TAGS) {
      throw LakeException.of(TAGS_LIMIT_EXCEEDED, "Tags has %d tags; a channel may have at most %d.", tags.size(),
          MAXIMUM_TAGS);
    }
    Set<String> keys = new HashSet<>();
    for (Tag tag : tags) {
      if (tag == null || !keys.add(tag.key())) {
        throw LakeException.of(INVALID_TAG_PARAMETER, "Tags holds %s; give every tag once, each key once.",
            tag == null ? "a null entry" : "key '" + tag.key() + "' twice");
      }
    }
    return tags;
  }
}
