package dev.eventlake.store.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.catalog.CatalogConfig;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.selector.SelectorValidator;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared set-up and assertions of the channel catalog tests: real store catalog, real selector validation. */
final class ChannelTestSupport {
  static final Instant START = Instant.parse("2026-02-01T09:00:00Z");

  private ChannelTestSupport() {}

  /** The default configuration over {@code dataDirectory}, driven by {@code clock}. */
  static CatalogConfig config(Path dataDirectory, MutableClock clock) {
    return CatalogConfig.defaults(dataDirectory).withClock(clock);
  }

  /** A store catalog whose deletions the channel catalog {@code guard} may veto. */
  static StoreCatalog stores(CatalogConfig config, ChannelCatalog[] guard) {
    return new StoreCatalog(config, SelectorValidator::validate, SelectorValidator::defaultSelectors,
        store -> {
          if (guard[0] != null) {
            guard[0].verifyDeletable(store);
          }
        });
  }

  /** A Custom-source request delivering to {@code locations}. */
  static CreateChannelRequest request(String name, String source, String... locations) {
    return new CreateChannelRequest(name, source,
        List.of(locations).stream().map(Destination::eventDataStore).toList(), null);
  }

  /** Asserts that {@code call} fails with {@code code} and a message containing {@code fragment}. */
  static void assertFails(ThrowingCallable call, ErrorCode code, String fragment) {
    assertThatThrownBy(call).isInstanceOfSatisfying(LakeException.class, failure -> {
      assertThat(failure.code()).isEqualTo(code);
      assertThat(failure.getMessage()).contains(fragment);
    });
  }
}
