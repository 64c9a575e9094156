package dev.eventlake.api.cloudtrail;

import dev.eventlake.api.auth.Access;
import dev.eventlake.api.cloudtrail.QueryShapes.SearchInput;
import dev.eventlake.api.cloudtrail.QueryShapes.SearchOutput;
import dev.eventlake.api.cloudtrail.QueryShapes.SearchResult;
import dev.eventlake.query.samples.SampleLibrary;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SearchSampleQueries: the built-in sample queries ranked by the words of {@code SearchPhrase}; each result carries
 * the sample's name, description, SQL (reading the placeholder table {@code $EDS_ID}) and a relevance from 0 to 1.
 */
public final class SampleQueryOperations {
  private static final Pattern PRINTABLE = Pattern.compile("[ -~\\n]*");
  private static final int DEFAULT_RESULTS = 10;
  private static final int MAXIMUM_RESULTS = 50;

  private final SampleLibrary samples;

  public SampleQueryOperations(SampleLibrary samples) {
    this.samples = samples;
  }

  public List<Operation> operations() {
    return List.of(Operation.of("SearchSampleQueries", Access.READ, SearchInput.class,
        (input, caller) -> search(input)));
  }

  private SearchOutput search(SearchInput input) {
    String phrase = input.searchPhrase();
    if (phrase == null || phrase.length() < 2 || phrase.length() > 1_000 || !PRINTABLE.matcher(phrase).matches()) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "SearchPhrase must be 2 to 1,000 printable ASCII "
          + "characters.");
    }
    int size = input.maxResults() == null ? DEFAULT_RESULTS : input.maxResults();
    if (size < 1 || size > MAXIMUM_RESULTS) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "MaxResults of SearchSampleQueries must be between 1 and "
          + "%d; got %d.", MAXIMUM_RESULTS, size);
    }
    List<SearchResult> results = samples.search(phrase).stream().map(match -> new SearchResult(
        match.sample().name(), match.sample().description(), match.sample().sql(), match.relevance())).toList();
    ListPages.Page<SearchResult> page = ListPages.page(results, input.nextToken(), size,
        "SearchSampleQueries:" + Integer.toHexString(phrase.hashCode()));
    return new SearchOutput(page.items(), page.nextToken());
  }
}
