package dev.eventlake.query.samples;

import static dev.eventlake.store.error.ErrorCode.SAMPLE_QUERY_NOT_FOUND;

import dev.eventlake.store.error.LakeException;
import java.util.Comparator;
import java.util.List;

/** The built-in sample queries: read-only, listed in a fixed order, found by name or searched by words. */
public final class SampleLibrary {
  private final List<SampleQuery> samples;
  private final SampleSearch search;

  private SampleLibrary(List<SampleQuery> samples) {
    this.samples = List.copyOf(samples);
    this.search = new SampleSearch(this.samples);
  }

  /** The samples shipped with Eventlake. */
  public static SampleLibrary builtIn() {
    return new SampleLibrary(SampleFiles.readAll());
  }

  /** Every sample, in the library's order. */
  public List<SampleQuery> all() {
    return samples;
  }

  /** @throws LakeException SampleQueryNotFoundException when no sample has that name (ignoring case) */
  public SampleQuery get(String name) {
    return samples.stream().filter(sample -> sample.name().equalsIgnoreCase(name)).findFirst()
        .orElseThrow(() -> LakeException.of(SAMPLE_QUERY_NOT_FOUND, "There is no sample query named '%s'; search "
            + "the samples by words to find one.", name));
  }

  /**
   * The samples matching words of {@code phrase}, best first (ties by name), each with a relevance in (0, 1].
   * Samples matching no word are left out.
   */
  public List<SampleMatch> search(String phrase) {
    return search.rank(phrase).stream()
        .sorted(Comparator.comparingDouble(SampleMatch::relevance).reversed()
            .thenComparing(match -> match.sample().name()))
        .toList();
  }
}
