package dev.eventlake.store.catalog;

import static dev.eventlake.store.catalog.CatalogTestSupport.START;
import static dev.eventlake.store.catalog.CatalogTestSupport.assertFails;
import static dev.eventlake.store.catalog.CatalogTestSupport.unprotected;
import static dev.eventlake.store.catalog.FakeSelectorValidation.selector;
import static dev.eventlake.store.error.ErrorCode.INTERNAL_FAILURE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.selector.AdvancedEventSelector;
import dev.eventlake.store.selector.AdvancedFieldSelector;
import dev.eventlake.store.selector.EventCategory;
import dev.eventlake.store.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog file: restart survival, crash leftovers, unreadable files and failed writes. */
class StoreCatalogPersistenceTest {
  @TempDir
  Path dataDirectory;

  private MutableClock clock;
  private CatalogConfig config;
  private StoreCatalog catalog;

  @BeforeEach
  void openCatalog() {
    clock = new MutableClock(START);
    config = CatalogTestSupport.config(dataDirectory, clock);
    catalog = CatalogTestSupport.catalog(config);
  }

  @Test
  void aNewCatalogOverTheSameDirectorySeesIdenticalStores() {
    populate();

    StoreCatalog reopened = CatalogTestSupport.catalog(config);

    assertThat(reopened.list()).isEqualTo(catalog.list()).hasSize(3);
    EventDataStore pending = reopened.get("pending");
    clock.advance(Duration.ofDays(1));
    assertThat(reopened.restore(pending.id()).status()).isEqualTo(StoreStatus.STOPPED_INGESTION);
  }

  @Test
  void storesLiveInTheCatalogDirectoryWithIsoTimestamps() throws IOException {
    catalog.create(CreateStoreRequest.named("audit"));

    Path file = dataDirectory.resolve("catalog").resolve("stores.json");
    assertThat(file).isRegularFile();
    assertThat(Files.readString(file, UTF_8)).contains("\"createdTimestamp\" : \"2026-01-15T10:00:00Z\"",
        "\"status\" : \"ENABLED\"", "\"categories\" : [ \"Management\" ]");
    try (Stream<Path> entries = Files.list(file.getParent())) {
      assertThat(entries).containsExactly(file);
    }
  }

  @Test
  void leftoverTemporaryFilesAreIgnoredAndDeleted() throws IOException {
    EventDataStore store = catalog.create(CreateStoreRequest.named("audit"));
    Path catalogDirectory = dataDirectory.resolve("catalog");
    Path leftover = catalogDirectory.resolve("stores.json.3b0c6c6e-2f6a-4c55-9d1e-3f1f1a2b3c4d.tmp");
    Files.writeString(leftover, "{\"formatVersion\":1,\"eventDataSto", UTF_8);
    Path unrelated = catalogDirectory.resolve("notes.tmp");
    Files.writeString(unrelated, "keep me", UTF_8);

    StoreCatalog reopened = CatalogTestSupport.catalog(config);

    assertThat(reopened.list()).containsExactly(store);
    assertThat(leftover).doesNotExist();
    assertThat(unrelated).exists();
  }

  @Test
  void aLeftoverTemporaryFileWithoutCatalogFileMeansAnEmptyCatalog() throws IOException {
    Path catalogDirectory = Files.createDirectories(dataDirectory.resolve("catalog"));
    Path leftover = catalogDirectory.resolve("stores.json.0d6e4a8e-0000-4000-8000-000000000000.tmp");
    Files.writeString(leftover, "garbage", UTF_8);

    assertThat(CatalogTestSupport.catalog(config).list()).isEmpty();
    assertThat(leftover).doesNotExist();
  }

  @Test
  void anUnreadableCatalogFileStopsTheCatalogFromOpening() throws IOException {
    Path file = dataDirectory.resolve("catalog").resolve("stores.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{ not json", UTF_8);

    assertFails(() -> CatalogTestSupport.catalog(config), INTERNAL_FAILURE, "stores.json cannot be read");
  }

  @Test
  void anUnknownFormatVersionStopsTheCatalogFromOpening() throws IOException {
    Path file = dataDirectory.resolve("catalog").resolve("stores.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"formatVersion\":2,\"eventDataStores\":[]}", UTF_8);

    assertFails(() -> CatalogTestSupport.catalog(config), INTERNAL_FAILURE, "format version 2 is not supported");
  }

  @Test
  void aFailedWriteLeavesTheCatalogUnchanged() throws IOException {
    EventDataStore store = catalog.create(CreateStoreRequest.named("audit"));
    Path catalogDirectory = dataDirectory.resolve("catalog");
    Files.delete(catalogDirectory.resolve("stores.json"));
    Files.delete(catalogDirectory);
    Files.writeString(catalogDirectory, "a file where the catalog directory belongs", UTF_8);

    assertFails(() -> catalog.create(CreateStoreRequest.named("second")), INTERNAL_FAILURE, "cannot be written");
    assertFails(() -> catalog.stopIngestion(store.id()), INTERNAL_FAILURE, "cannot be written");
    assertThat(catalog.list()).containsExactly(store);
  }

  private void populate() {
    AdvancedEventSelector dataSelector = new AdvancedEventSelector("s3 writes", List.of(
        AdvancedFieldSelector.equalTo("eventCategory", "Data"),
        AdvancedFieldSelector.equalTo("resources.type", "AWS::S3::Object"),
        new AdvancedFieldSelector("resources.ARN", null, List.of("arn:aws:s3:::bucket/"), List.of(".log"),
            List.of("arn:aws:s3:::bucket/secret"), List.of("arn:aws:s3:::bucket/tmp/"), List.of(".bak"))));
    catalog.create(new CreateStoreRequest("rich", List.of(selector("mgmt", EventCategory.MANAGEMENT), dataSelector),
        false, true, 400, false, List.of(new Tag("team", "security"), new Tag("no-value", null)),
        "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", true,
        BillingMode.FIXED_RETENTION_PRICING));
    clock.advance(Duration.ofSeconds(1).plusNanos(123_456_789));
    catalog.create(new CreateStoreRequest("pending", null, null, null, null, false, null, null, false, null));
    catalog.delete("pending");
    catalog.create(new CreateStoreRequest("integration", List.of(selector("c", EventCategory.ACTIVITY_AUDIT_LOG)),
        null, null, null, null, null, null, null, null));
  }
}
