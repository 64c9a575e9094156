package dev.eventlake.jdbc;

import java.sql.DriverPropertyInfo;
import java.util.Optional;

/** The connection properties the driver knows, given in the URL's query or in the {@code Properties}. */
enum DriverProperty {
  USER("user", null, true, "Access key ID (HTTP Basic user)"),
  PASSWORD("password", null, true, "Secret access key (HTTP Basic password)"),
  SSL("ssl", "false", false, "Connect over TLS (https) instead of http", "true", "false"),
  SSL_TRUST_STORE_PATH("sslTrustStorePath", null, false,
      "Trust store file with the server's certificate or its CA; the JDK's default trust when absent"),
  SSL_TRUST_STORE_PASSWORD("sslTrustStorePassword", null, false, "Password of the trust store"),
  SSL_TRUST_STORE_TYPE("sslTrustStoreType", null, false, "Type of the trust store (PKCS12, JKS); the JDK's default"
      + " when absent"),
  CONNECT_TIMEOUT("connectTimeout", "10", false, "Seconds to wait for an HTTP connection to open"),
  REQUEST_TIMEOUT("requestTimeout", "60", false, "Seconds one HTTP request may wait for its answer"),
  PAGE_SIZE("pageSize", "1000", false, "Rows per page of results, 1 to 1000; Statement.setFetchSize overrides it");

  private final String key;
  private final String defaultValue;
  private final boolean required;
  private final String description;
  private final String[] choices;

  DriverProperty(String key, String defaultValue, boolean required, String description, String... choices) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.required = required;
    this.description = description;
    this.choices = choices;
  }

  String key() {
    return key;
  }

  String defaultValue() {
    return defaultValue;
  }

  /** The property spelled {@code key} (exactly, as in the URL). */
  static Optional<DriverProperty> of(String key) {
    for (DriverProperty property : values()) {
      if (property.key.equals(key)) {
        return Optional.of(property);
      }
    }
    return Optional.empty();
  }

  /** The property as {@code getPropertyInfo} shows it, with its current value or else its default. */
  DriverPropertyInfo info(String currentValue) {
    DriverPropertyInfo info = new DriverPropertyInfo(key, currentValue != null ? currentValue : defaultValue);
    info.required = required;
    info.description = description;
    info.choices = choices.length == 0 ? null : choices.clone();
    return info;
  }
}
