package dev.eventlake.store.catalog;

import static dev.eventlake.store.catalog.CatalogTestSupport.START;
import static dev.eventlake.store.catalog.CatalogTestSupport.assertFails;
import static dev.eventlake.store.error.ErrorCode.EVENT_DATA_STORE_ARN_INVALID;
import static dev.eventlake.store.error.ErrorCode.EVENT_DATA_STORE_NOT_FOUND;
import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the EventDataStore member of requests (ARN, ID or name) is validated and resolved. */
class StoreCatalogResolutionTest {
  private static final String ID = "0f1e2d3c-aaaa-bbbb-cccc-0123456789ab";

  @TempDir
  Path dataDirectory;

  private StoreCatalog catalog;
  private EventDataStore store;

  @BeforeEach
  void createStore() {
    catalog = CatalogTestSupport.catalog(CatalogTestSupport.config(dataDirectory, new MutableClock(START)));
    store = catalog.create(CreateStoreRequest.named("security-lake"));
  }

  @Test
  void resolvesTheArnTheIdAndTheName() {
    assertThat(catalog.resolve(store.arn())).isEqualTo(store);
    assertThat(catalog.resolve(store.id())).isEqualTo(store);
    assertThat(catalog.resolve("security-lake")).isEqualTo(store);
    assertThat(catalog.get(store.arn())).isEqualTo(store);
  }

  @Test
  void anIdTakesPrecedenceOverAStoreNamedLikeThatId() {
    EventDataStore namedLikeId = catalog.create(CreateStoreRequest.named(store.id()));

    assertThat(catalog.resolve(store.id())).isEqualTo(store);
    assertThat(catalog.resolve(namedLikeId.id())).isEqualTo(namedLikeId);
  }

  @Test
  void anArnMatchesIdsOnly() {
    assertFails(() -> catalog.resolve("arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/security-lake"),
        EVENT_DATA_STORE_NOT_FOUND, "No event data store");
  }

  @Test
  void unknownReferencesAreNotFound() {
    assertFails(() -> catalog.resolve(ID), EVENT_DATA_STORE_NOT_FOUND,
        "No event data store '" + ID + "' exists in account 123456789012, Region us-east-1");
    assertFails(() -> catalog.resolve("arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/" + ID),
        EVENT_DATA_STORE_NOT_FOUND, "No event data store 'arn:aws:cloudtrail:");
    assertFails(() -> catalog.resolve("other-lake"), EVENT_DATA_STORE_NOT_FOUND, "'other-lake'");
  }

  @Test
  void arnsOfAnotherAccountOrRegionAreInvalid() {
    String otherAccount = "arn:aws:cloudtrail:us-east-1:111122223333:eventdatastore/" + store.id();
    String otherRegion = "arn:aws:cloudtrail:eu-west-1:123456789012:eventdatastore/" + store.id();

    assertFails(() -> catalog.resolve(otherAccount), EVENT_DATA_STORE_ARN_INVALID,
        "names Region 'us-east-1' and account '111122223333'");
    assertFails(() -> catalog.resolve(otherRegion), EVENT_DATA_STORE_ARN_INVALID,
        "holds event data stores of Region us-east-1 and account 123456789012 only");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "arn:aws:cloudtrail:us-east-1:123456789012:trail/management",
      "arn:aws:s3:::bucket/eventdatastore/x",
      "arn:aws-cn:cloudtrail:us-east-1:123456789012:eventdatastore/x",
      "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/",
      "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/a/b",
      "arn:aws:cloudtrail:us-east-1"})
  void malformedArnsAreInvalid(String reference) {
    assertFails(() -> catalog.resolve(reference), EVENT_DATA_STORE_ARN_INVALID, "is not an event data store ARN");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "has space", "star*", "ümlaut"})
  void referencesOutsideThePatternOrLengthAreInvalid(String reference) {
    assertFails(() -> catalog.resolve(reference), EVENT_DATA_STORE_ARN_INVALID, "use 3 to 256 characters");
  }

  @Test
  void overlongReferencesAreInvalid() {
    assertFails(() -> catalog.resolve("x".repeat(257)), EVENT_DATA_STORE_ARN_INVALID, "use 3 to 256 characters");
  }

  @Test
  void nonArnReferencesWithSeparatorsAreInvalid() {
    assertFails(() -> catalog.resolve("eventdatastore/" + ID), EVENT_DATA_STORE_ARN_INVALID,
        "neither an ARN");
  }

  @Test
  void aMissingReferenceIsAnInvalidParameter() {
    assertFails(() -> catalog.resolve(null), INVALID_PARAMETER, "EventDataStore is required");
    assertFails(() -> catalog.delete(""), INVALID_PARAMETER, "EventDataStore is required");
  }
}
