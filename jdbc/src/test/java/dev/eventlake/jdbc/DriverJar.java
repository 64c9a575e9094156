package dev.eventlake.jdbc;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** The packaged driver jar the build made (system property {@code eventlake.jdbc.jar}) and the tools' class path. */
final class DriverJar {
  private DriverJar() {}

  /**
   * The shaded driver jar. Maven's {@code driver-jar-tests} execution runs after {@code package} and names it; in
   * the test phase (before the jar exists) the jar tests are skipped.
   */
  static Path path() {
    String configured = System.getProperty("eventlake.jdbc.jar");
    Assumptions.assumeTrue(configured != null, "the driver jar is tested after package (mvn verify)");
    if (!Files.isRegularFile(Path.of(configured))) {
      throw new IllegalStateException("the driver jar " + configured + " is missing");
    }
    return Path.of(configured);
  }

  /** The entries of this JVM's class path whose path contains one of {@code markers}, such as SQLLine's jars. */
  static List<String> classPathEntries(String... markers) {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> Arrays.stream(markers).anyMatch(entry::contains)).toList();
  }

  /** The {@code java} launcher of this JVM. */
  static String javaLauncher() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
