package dev.eventlake.query.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared set-up, waiting and assertions of the query service tests. */
final class QueryTestSupport {
  static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
  static final String STORE = "store-a";
  private static final long WAIT_MILLIS = 10_000;

  private QueryTestSupport() {}

  /** Defaults over {@code directory} with 2 workers, a queue of 2 and the fake clock. */
  static QueryServiceConfig config(Path directory, MutableClock clock) {
    return QueryServiceConfig.defaults(directory).withClock(clock).withConcurrency(2, 2);
  }

  /** Waits until the query reaches {@code status}; fails after 10 seconds. */
  static QueryDescription awaitStatus(QueryService service, String queryId, QueryStatus status) {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    QueryDescription description = service.describe(queryId);
    while (description.status() != status && System.currentTimeMillis() < deadline) {
      sleep();
      description = service.describe(queryId);
    }
    assertThat(description.status()).as("status of %s (%s)", queryId, description.errorMessage()).isEqualTo(status);
    return description;
  }

  /** Waits until the query has ended, whatever the outcome. */
  static QueryDescription awaitEnd(QueryService service, String queryId) {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    QueryDescription description = service.describe(queryId);
    while (!description.status().isTerminal() && System.currentTimeMillis() < deadline) {
      sleep();
      description = service.describe(queryId);
    }
    assertThat(description.status().isTerminal()).as("query %s ended", queryId).isTrue();
    return description;
  }

  static void assertFails(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call).isInstanceOfSatisfying(LakeException.class,
        failure -> assertThat(failure.code()).as(failure.getMessage()).isEqualTo(code));
  }

  private static void sleep() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
