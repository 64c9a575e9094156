package dev.eventlake.jdbc;

import dev.eventlake.client.EventlakeClient;
import dev.eventlake.client.EventlakeClientException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver for {@code jdbc:eventlake://host:port[/][?property=value&…]} URLs; the user and password are an
 * access key ID and its secret. Connecting checks the key with one request, so a wrong key fails at once.
 */
public final class EventlakeDriver implements Driver {
  private static final DriverVersion VERSION = DriverVersion.current();

  static {
    try {
      DriverManager.registerDriver(new EventlakeDriver());
    } catch (SQLException failure) {
      throw new ExceptionInInitializerError(failure);
    }
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    ConnectionSettings settings = ConnectionSettings.of(url, info);
    EventlakeClient client = new EventlakeClient(settings.clientConfig());
    try {
      client.checkAccess();
    } catch (EventlakeClientException failure) {
      throw SqlErrors.of(failure);
    }
    return new EventlakeConnection(url, settings.value(DriverProperty.USER), client, settings.pageSize());
  }

  @Override
  public boolean acceptsURL(String url) {
    return DriverUrl.accepts(url);
  }

  /** Every connection property, with the value {@code url} and {@code info} give it, else its default. */
  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    ConnectionSettings settings = ConnectionSettings.lenient(url, info);
    DriverProperty[] properties = DriverProperty.values();
    DriverPropertyInfo[] infos = new DriverPropertyInfo[properties.length];
    for (int index = 0; index < properties.length; index++) {
      infos[index] = properties[index].info(settings.value(properties[index]));
    }
    return infos;
  }

  @Override
  public int getMajorVersion() {
    return VERSION.major();
  }

  @Override
  public int getMinorVersion() {
    return VERSION.minor();
  }

  /** Not JDBC compliant: the SQL is read-only and has no transactions. */
  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getLogger("dev.eventlake.jdbc");
  }
}
