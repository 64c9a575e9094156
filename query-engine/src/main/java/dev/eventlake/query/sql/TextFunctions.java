package dev.eventlake.query.sql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Trino's string functions Calcite lacks or implements differently, as UDFs: {@code regexp_extract}, {@code regexp_like}. */
public final class TextFunctions {
  private static final int CACHED_PATTERNS = 256;
  /** Compiled patterns by text: a query calls these once per row, almost always with the same literal pattern. */
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private TextFunctions() {}

  private static Pattern compiled(String pattern) {
    Pattern cached = PATTERNS.get(pattern);
    if (cached != null) {
      return cached;
    }
    if (PATTERNS.size() >= CACHED_PATTERNS) {
      PATTERNS.clear();
    }
    Pattern compiled = Pattern.compile(pattern);
    PATTERNS.put(pattern, compiled);
    return compiled;
  }

  /** {@code regexp_extract(text, pattern)}: the first match, NULL when there is none. */
  public static String regexpExtract(String text, String pattern) {
    return regexpExtractGroup(text, pattern, 0);
  }

  /** {@code regexp_extract(text, pattern, group)}: a group of the first match. */
  public static String regexpExtractGroup(String text, String pattern, long group) {
    if (text == null || pattern == null) {
      return null;
    }
    Matcher matcher = compiled(pattern).matcher(text);
    if (!matcher.find()) {
      return null;
    }
    if (group > matcher.groupCount()) {
      throw new IllegalArgumentException("Pattern has " + matcher.groupCount() + " groups; cannot access group " + group);
    }
    return matcher.group((int) group);
  }

  /** {@code regexp_like(text, pattern)}: whether {@code pattern} matches anywhere in {@code text}. */
  public static Boolean regexpLike(String text, String pattern) {
    if (text == null || pattern == null) {
      return null;
    }
    return compiled(pattern).matcher(text).find();
  }
}
