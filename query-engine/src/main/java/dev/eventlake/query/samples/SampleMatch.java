package dev.eventlake.query.samples;

/**
 * A sample that matched a search, and how well: the share of the search's words it matched, each weighted by where
 * it matched (name, then tags and description, then SQL).
 *
 * @param sample the matching sample
 * @param relevance from just above 0 (one word in the SQL) to 1 (every word in the name)
 */
public record SampleMatch(SampleQuery sample, double relevance) {}
