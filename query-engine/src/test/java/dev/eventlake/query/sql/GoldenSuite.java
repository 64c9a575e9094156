package dev.eventlake.query.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** The golden files under {@code golden/}, as dynamic tests against any {@link GoldenEngine}. */
final class GoldenSuite {
  static final List<String> FILES = List.of("tables.golden", "structure.golden", "nested.golden", "time.golden",
      "functions.golden", "json.golden", "aggregates.golden", "labels.golden", "errors.golden");

  private GoldenSuite() {}

  static Stream<DynamicTest> tests(GoldenEngine engine) throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String file : FILES) {
      for (GoldenCase golden : GoldenFile.parse(file, read("golden/" + file))) {
        tests.add(DynamicTest.dynamicTest(file + ": " + golden.name(), () -> check(engine, golden)));
      }
    }
    return tests.stream();
  }

  private static void check(GoldenEngine engine, GoldenCase golden) {
    String statement = golden.statementFor(engine);
    if (golden.expectsError()) {
      LakeException failure = catchThrowableOfType(LakeException.class, () -> engine.run(statement));
      assertThat(failure).as("error for %s", golden.name()).isNotNull();
      assertThat(failure.code().wireName()).isEqualTo(golden.errorCode());
      assertThat(failure.getMessage()).contains(golden.errorFragment());
      return;
    }
    GoldenEngine.Result result = engine.run(statement);
    assertThat(result.labels()).as("labels").containsExactlyElementsOf(golden.labels());
    assertThat(result.rows()).as("rows").containsExactlyElementsOf(golden.rows());
  }

  private static String read(String resource) throws IOException {
    try (InputStream input = GoldenSuite.class.getClassLoader().getResourceAsStream(resource)) {
      if (input == null) {
        return "";
      }
      return new String(input.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
