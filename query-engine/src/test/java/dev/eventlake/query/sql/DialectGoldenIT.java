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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every case of the golden files under {@code golden/} against the corpus engine. */
class DialectGoldenIT {
  static final List<String> FILES = List.of("tables.golden", "structure.golden", "nested.golden", "time.golden",
      "functions.golden", "json.golden", "aggregates.golden", "labels.golden", "errors.golden");

  private static GoldenEngine engine;

  @BeforeAll
  static void openEngine() {
    engine = new CorpusGoldenEngine();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @TestFactory
  Stream<DynamicTest> goldenCases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String file : FILES) {
      for (GoldenCase golden : GoldenFile.parse(file, read("golden/" + file))) {
        tests.add(DynamicTest.dynamicTest(file + ": " + golden.name(), () -> check(golden)));
      }
    }
    return tests.stream();
  }

  private static void check(GoldenCase golden) {
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
    try (InputStream input = DialectGoldenIT.class.getClassLoader().getResourceAsStream(resource)) {
      if (input == null) {
        return "";
      }
      return new String(input.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
