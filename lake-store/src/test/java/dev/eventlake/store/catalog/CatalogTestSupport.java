package dev.eventlake.store.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared set-up and assertions of the catalog tests. */
final class CatalogTestSupport {
  static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

  private CatalogTestSupport() {}

  /** Default configuration over {@code dataDirectory}, driven by {@code clock}. */
  static CatalogConfig config(Path dataDirectory, MutableClock clock) {
    return CatalogConfig.defaults(dataDirectory).withClock(clock);
  }

  /** A catalog with the fake selector validation and no deletion guard. */
  static StoreCatalog catalog(CatalogConfig config) {
    return new StoreCatalog(config, new FakeSelectorValidation(), FakeSelectorValidation::defaultSelectors);
  }

  /** Asserts that {@code call} fails with {@code code} and a message containing {@code fragment}. */
  static void assertFails(ThrowingCallable call, ErrorCode code, String fragment) {
    assertThatThrownBy(call).isInstanceOfSatisfying(LakeException.class, failure -> {
      assertThat(failure.code()).isEqualTo(code);
      assertThat(failure.getMessage()).contains(fragment);
    });
  }

  /** A create request for a store without termination protection, so that tests can delete it. */
  static CreateStoreRequest unprotected(String name) {
    return new CreateStoreRequest(name, null, null, null, null, false, null, null, null, null);
  }
}
