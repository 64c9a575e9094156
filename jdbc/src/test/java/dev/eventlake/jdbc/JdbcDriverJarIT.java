package dev.eventlake.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged driver is one self-contained jar: registered as a {@code java.sql.Driver} service, every class under
 * {@code dev/eventlake/jdbc} (Jackson and the REST client relocated beneath it), and it connects and queries when it
 * is the only jar a class loader sees.
 */
class JdbcDriverJarIT {
  @TempDir
  static Path dataDirectory;
  private static LiveServer server;

  @BeforeAll
  static void start() {
    DriverJar.path();
    server = LiveServer.start(dataDirectory);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void registersTheDriverServiceAndRelocatesEveryDependency() throws IOException {
    try (JarFile jar = new JarFile(DriverJar.path().toFile())) {
      JarEntry service = jar.getJarEntry("META-INF/services/java.sql.Driver");
      assertThat(service).isNotNull();
      assertThat(new String(jar.getInputStream(service).readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(EventlakeDriver.class.getName());
      List<String> classes = Collections.list(jar.entries()).stream().map(JarEntry::getName)
          .filter(name -> name.endsWith(".class")).toList();
      assertThat(classes).allMatch(name -> name.startsWith("dev/eventlake/jdbc/"))
          .contains("dev/eventlake/jdbc/EventlakeDriver.class",
              "dev/eventlake/jdbc/shaded/client/EventlakeClient.class",
              "dev/eventlake/jdbc/shaded/jackson/databind/ObjectMapper.class");
      assertThat(jar.getManifest().getMainAttributes().getValue("Implementation-Version")).isNotBlank();
    }
  }

  @Test
  void connectsAndQueriesWithNothingButTheJar() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {DriverJar.path().toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Driver driver = (Driver) loader.loadClass(EventlakeDriver.class.getName()).getDeclaredConstructor()
          .newInstance();
      assertThat(driver.getClass().getClassLoader()).isSameAs(loader);
      Properties credentials = new Properties();
      credentials.setProperty("user", LiveServer.ADMIN_ID);
      credentials.setProperty("password", LiveServer.ADMIN_SECRET);
      try (Connection connection = driver.connect(server.url(), credentials);
          Statement statement = connection.createStatement();
          ResultSet results = statement.executeQuery("SELECT userIdentity.arn, userIdentity FROM \""
              + server.audit().id() + "\" WHERE userIdentity.arn IS NOT NULL LIMIT 1")) {
        assertThat(results.next()).isTrue();
        assertThat(results.getString(1)).startsWith("arn:");
        assertThat(results.getString(2)).startsWith("{").contains(results.getString(1));
      }
    }
  }
}
