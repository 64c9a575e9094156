package dev.eventlake.query.service;

import static dev.eventlake.store.error.ErrorCode.INVALID_MAX_RESULTS;

import dev.eventlake.store.error.LakeException;

/** The page-size rule shared by GetQueryResults and ListQueries: 1 to 1,000, 1,000 when not given. */
final class PageSizes {
  static final int MAXIMUM = 1_000;

  private PageSizes() {}

  /**
   * The page size to use.
   *
   * @throws LakeException with {@code InvalidMaxResultsException} outside 1..1000
   */
  static int validate(Integer requested, String memberName) {
    if (requested == null) {
      return MAXIMUM;
    }
    if (requested < 1 || requested > MAXIMUM) {
      throw LakeException.of(INVALID_MAX_RESULTS, "%s is %d; it must be between 1 and %d.", memberName, requested,
          MAXIMUM);
    }
    return requested;
  }
}
