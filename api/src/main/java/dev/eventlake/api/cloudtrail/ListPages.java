package dev.eventlake.api.cloudtrail;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Paging for List operations over a list the server holds in full: the token is the position of the next item,
 * bound to the operation that issued it; a token from elsewhere is an {@code InvalidNextTokenException}.
 */
public final class ListPages {
  private static final int MAXIMUM_PAGE = 1000;

  private ListPages() {}

  /** One page of {@code items} and the token of the next, null at the end. */
  public record Page<T>(List<T> items, String nextToken) {}

  /** The page starting at {@code token} (null: the first) holding at most {@code maxResults} (null: 1,000) items. */
  public static <T> Page<T> page(List<T> items, String token, Integer maxResults, String operation) {
    int size = pageSize(maxResults, operation);
    int start = token == null ? 0 : position(token, operation);
    if (start > items.size()) {
      throw LakeException.of(ErrorCode.INVALID_NEXT_TOKEN, "NextToken of %s is past the end of the list", operation);
    }
    int end = Math.min(items.size(), start + size);
    String next = end < items.size() ? encode(operation, end) : null;
    return new Page<>(List.copyOf(items.subList(start, end)), next);
  }

  static int pageSize(Integer maxResults, String operation) {
    if (maxResults == null) {
      return MAXIMUM_PAGE;
    }
    if (maxResults < 1 || maxResults > MAXIMUM_PAGE) {
      throw LakeException.of(ErrorCode.INVALID_MAX_RESULTS, "MaxResults of %s must be between 1 and %d; got %d",
          operation, MAXIMUM_PAGE, maxResults);
    }
    return maxResults;
  }

  private static String encode(String operation, int position) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((operation + ":" + position).getBytes(StandardCharsets.UTF_8));
  }

  private static int position(String token, String operation) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (decoded.startsWith(operation + ":")) {
        return Integer.parseInt(decoded.substring(operation.length() + 1));
      }
    } catch (IllegalArgumentException malformed) {
      // reported below
    }
    throw LakeException.of(ErrorCode.INVALID_NEXT_TOKEN, "NextToken is not a token %s issued; start again without it",
        operation);
  }
}
