package dev.eventlake.query.samples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ranks samples by the words of a search phrase. Words are lower-cased, split at anything but letters and digits
 * (and at camel case, so {@code ConsoleLogin} is {@code console login}), stripped of a plural {@code s}; common words
 * are ignored. A word found in a sample's name weighs 3, in its tags or description 2, in its SQL 1.
 */
final class SampleSearch {
  private static final double NAME = 3;
  private static final double TAGS_OR_DESCRIPTION = 2;
  private static final double SQL = 1;
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern CAMEL_CASE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Set<String> COMMON = Set.of("a", "an", "the", "of", "to", "in", "on", "by", "for", "and", "or",
      "with", "who", "what", "which", "when", "where", "from", "is", "are", "was", "were", "my", "me", "i", "show",
      "find", "list", "all", "did", "do", "that", "this", "be", "it", "at", "as", "any", "there", "query", "queries");

  private final List<IndexedSample> indexed = new ArrayList<>();

  SampleSearch(List<SampleQuery> samples) {
    for (SampleQuery sample : samples) {
      indexed.add(new IndexedSample(sample, words(sample.name()), words(String.join(" ", sample.tags()) + " "
          + sample.description()), words(sample.sql())));
    }
  }

  /** Every sample that matches at least one word, with its relevance, unordered. */
  List<SampleMatch> rank(String phrase) {
    Set<String> query = words(phrase);
    List<SampleMatch> matches = new ArrayList<>();
    if (query.isEmpty()) {
      return matches;
    }
    for (IndexedSample sample : indexed) {
      double score = 0;
      for (String word : query) {
        score += sample.name().contains(word) ? NAME : sample.text().contains(word) ? TAGS_OR_DESCRIPTION
            : sample.sql().contains(word) ? SQL : 0;
      }
      if (score > 0) {
        matches.add(new SampleMatch(sample.sample(), Math.round(score / (NAME * query.size()) * 1000) / 1000.0));
      }
    }
    return matches;
  }

  /** The normalised, meaningful words of {@code text}. */
  static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String part : SEPARATORS.split(CAMEL_CASE.matcher(text).replaceAll(" "))) {
      String word = stem(part.toLowerCase(Locale.ROOT));
      if (!word.isEmpty() && !COMMON.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  private static String stem(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** A sample with its words by field. */
  private record IndexedSample(SampleQuery sample, Set<String> name, Set<String> text, Set<String> sql) {
    IndexedSample {
      name = new HashSet<>(name);
      text = new HashSet<>(text);
      sql = new HashSet<>(sql);
    }
  }
}
