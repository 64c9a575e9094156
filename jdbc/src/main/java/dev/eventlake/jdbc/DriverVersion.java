package dev.eventlake.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The driver's version, from the build: the text ({@code 0.1.0-SNAPSHOT}) and its major and minor numbers.
 *
 * @param text the version as released
 * @param major the first number
 * @param minor the second number
 */
record DriverVersion(String text, int major, int minor) {
  static final String PRODUCT_NAME = "Eventlake";
  static final String DRIVER_NAME = "Eventlake JDBC Driver";

  /** The version written into {@code driver.properties} at build time; 0.0 when the file is missing. */
  static DriverVersion current() {
    Properties properties = new Properties();
    try (InputStream in = DriverVersion.class.getResourceAsStream("driver.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException unreadable) {
      // the version is informative only; fall through to "unknown"
    }
    return parse(properties.getProperty("version", "0.0-unknown"));
  }

  /** {@code 1.2.3-SNAPSHOT} as 1 and 2; parts that are not numbers count as 0. */
  static DriverVersion parse(String text) {
    String[] parts = text.split("[.-]");
    return new DriverVersion(text, number(parts, 0), number(parts, 1));
  }

  private static int number(String[] parts, int index) {
    try {
      return index < parts.length ? Integer.parseInt(parts[index]) : 0;
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }
}
