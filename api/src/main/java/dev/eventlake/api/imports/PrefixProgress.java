package dev.eventlake.api.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts the prefixes (folders) of an import as its files are listed and processed. A prefix is complete when all
 * its files were processed and the listing has moved past it, so only one count per prefix is kept, never its files.
 */
final class PrefixProgress {
  private final Map<String, Integer> remaining = new HashMap<>();
  private final Set<String> completed = new HashSet<>();
  private String listing;

  void listed(String prefix) {
    completed.remove(prefix);
    remaining.merge(prefix, 1, Integer::sum);
    if (listing != null && !listing.equals(prefix)) {
      completeIfDone(listing);
    }
    listing = prefix;
  }

  void processed(String prefix) {
    remaining.merge(prefix, -1, Integer::sum);
    if (!prefix.equals(listing)) {
      completeIfDone(prefix);
    }
  }

  void listingFinished() {
    if (listing != null) {
      completeIfDone(listing);
    }
    listing = null;
  }

  long found() {
    return remaining.size();
  }

  long completed() {
    return completed.size();
  }

  private void completeIfDone(String prefix) {
    if (remaining.getOrDefault(prefix, 0) <= 0) {
      completed.add(prefix);
    }
  }
}
