package dev.eventlake.query.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.query.saved.SavedQueries;
import dev.eventlake.query.saved.SavedQuery;
import dev.eventlake.query.sql.ParameterType;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in library: well formed, searchable by words with ranked relevance, and copyable into saved queries. */
class SampleLibraryTest {
  private static final String STORE = "0f1e2d3c-aaaa-bbbb-cccc-0123456789ab";
  private final SampleLibrary library = SampleLibrary.builtIn();

  @Test
  void everySampleIsDescribedTaggedAndValidOverAStore(@TempDir Path directory) {
    SavedQueries saved = new SavedQueries(directory, Clock.systemUTC());
    Set<String> names = new HashSet<>();
    assertThat(library.all()).hasSizeGreaterThanOrEqualTo(25);
    for (SampleQuery sample : library.all()) {
      assertThat(names.add(sample.name())).as(sample.name()).isTrue();
      assertThat(sample.description()).as(sample.name()).isNotBlank();
      assertThat(sample.tags()).as(sample.name()).isNotEmpty();
      assertThat(sample.sql()).as(sample.name()).contains(SampleQuery.STORE_PLACEHOLDER).startsWith("SELECT");
      SavedQuery copy = saved.create(sample.name(), sample.definitionFor(STORE));
      assertThat(copy.current().definition().sql()).contains("FROM " + STORE)
          .doesNotContain(SampleQuery.STORE_PLACEHOLDER);
      assertThat(copy.current().definition().tags()).containsEntry("sample", sample.name());
    }
  }

  @Test
  void headersDeclareParametersWithTypesAndDefaults() {
    SampleQuery timeline = library.get("PRINCIPAL-ACTIVITY-TIMELINE");
    assertThat(timeline.parameters()).extracting(parameter -> parameter.name() + ":" + parameter.type() + "="
        + parameter.defaultValue()).containsExactly("principal:VARCHAR=null",
        "since:TIMESTAMP=1970-01-01 00:00:00.000", "until:TIMESTAMP=9999-12-31 23:59:59.000");
    SampleQuery parsed = SampleFiles.parse("x", "-- description: d\n-- tags: a, b c\n-- parameter: n | BIGINT | 3 | "
        + "How many\nSELECT 1 FROM $EDS_ID LIMIT :n\n");
    assertThat(parsed).isEqualTo(new SampleQuery("x", "d", List.of("a", "b c"), List.of(
        new dev.eventlake.query.saved.ParameterDefinition("n", ParameterType.BIGINT, "3", "How many")),
        "SELECT 1 FROM $EDS_ID LIMIT :n"));
    assertThat(parsed.sqlFor("s-1")).isEqualTo("SELECT 1 FROM s-1 LIMIT :n");
    assertThat(new SampleQuery("y", "d", List.of(), List.of(), "SELECT '$EDS_ID' FROM $eds_id").sqlFor("s"))
        .isEqualTo("SELECT '$EDS_ID' FROM s");
  }

  @Test
  void searchRanksByMatchedWordsAndWhereTheyMatch() {
    List<SampleMatch> matches = library.search("console sign-ins without MFA");
    assertThat(matches.get(0).sample().name()).isEqualTo("console-sign-ins-without-mfa");
    assertThat(matches.get(0).relevance()).isEqualTo(1.0);
    assertThat(matches).extracting(SampleMatch::relevance).isSortedAccordingTo((a, b) -> Double.compare(b, a))
        .allSatisfy(relevance -> assertThat(relevance).isBetween(0.0, 1.0).isPositive());

    assertThat(library.search("who changed security groups").get(0).sample().name())
        .isEqualTo("security-group-changes");
    assertThat(library.search("deleted trails").get(0).sample().name()).isEqualTo("trail-logging-changes");
    assertThat(library.search("root").get(0).sample().name()).isEqualTo("root-user-activity");
    assertThat(library.search("objects read from a bucket").get(0).sample().name())
        .isEqualTo("s3-objects-read-from-bucket");
    assertThat(library.search("AccessDenied").get(0).sample().name()).startsWith("access-denied");
    assertThat(library.search("xyzzy plugh")).isEmpty();
    assertThat(library.search("the of and")).isEmpty();
  }

  @Test
  void unknownSampleIsANamedError() {
    assertThatThrownBy(() -> library.get("no-such-sample")).isInstanceOfSatisfying(LakeException.class,
        failure -> assertThat(failure.code()).isEqualTo(ErrorCode.SAMPLE_QUERY_NOT_FOUND));
  }
}
