package dev.eventlake.store.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.List;

/** Assertions shared by the validator tests. */
final class ValidationAssertions {
  private ValidationAssertions() {}

  /** Asserts that validation fails with {@code InvalidEventSelectorsException} and a message holding every fragment. */
  static void assertRejected(List<AdvancedEventSelector> selectors, String... messageFragments) {
    assertThatThrownBy(() -> SelectorValidator.validate(selectors))
        .isInstanceOfSatisfying(LakeException.class,
            exception -> assertThat(exception.code()).isEqualTo(ErrorCode.INVALID_EVENT_SELECTORS))
        .hasMessageContainingAll(messageFragments);
  }
}
