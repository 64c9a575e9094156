package dev.eventlake.query.sql;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every golden case against the real engine: Parquet stores, the scan and every pushdown rule. */
class LakeGoldenIT {
  private static GoldenEngine engine;

  @BeforeAll
  static void openEngine() {
    engine = new LakeGoldenEngine();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @TestFactory
  Stream<DynamicTest> goldenCases() throws IOException {
    return GoldenSuite.tests(engine);
  }
}
