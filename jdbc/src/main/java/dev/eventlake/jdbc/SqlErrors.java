package dev.eventlake.jdbc;

import dev.eventlake.client.EventlakeClientException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;

/**
 * Turns the server's refusals into SQLExceptions whose message reads like a CloudTrail error
 * ({@code InvalidQueryStatementException: …}), with an SQLState by kind and the HTTP status as vendor code.
 */
final class SqlErrors {
  private SqlErrors() {}

  static SQLException of(EventlakeClientException failure) {
    String message = failure.describe();
    int status = failure.httpStatus();
    String code = failure.code();
    if (!failure.isServerError()) {
      if (EventlakeClientException.CONNECTION_FAILURE.equals(code)) {
        return new SQLTransientConnectionException(message, "08006", failure);
      }
      return new SQLException(message, EventlakeClientException.INTERRUPTED.equals(code) ? "HY008" : "HY000",
          failure);
    }
    if (status == 401) {
      return new SQLInvalidAuthorizationSpecException(message, "28000", status, failure);
    }
    if (status == 403) {
      return new SQLNonTransientException(message, "42501", status, failure);
    }
    return switch (code) {
      case "InvalidQueryStatementException" -> new SQLSyntaxErrorException(message, "42000", status, failure);
      case "EventDataStoreNotFoundException" -> new SQLSyntaxErrorException(message, "42S02", status, failure);
      case "MaxConcurrentQueriesException" -> new SQLTransientException(message, "HY000", status, failure);
      case "InvalidParameterException" -> new SQLNonTransientException(message, "22023", status, failure);
      default -> status >= 500 ? new SQLTransientException(message, "HY000", status, failure)
          : new SQLNonTransientException(message, "HY000", status, failure);
    };
  }

  /** A feature Eventlake's read-only, transaction-less SQL does not have. */
  static SQLFeatureNotSupportedException unsupported(String feature) {
    return new SQLFeatureNotSupportedException("Eventlake does not support " + feature, "0A000");
  }

  /** An operation on a closed connection, statement or result set. */
  static SQLException closed(String what) {
    return new SQLNonTransientException("This " + what + " is closed", what.equals("connection") ? "08003"
        : "HY010");
  }

  /** A write, which Eventlake's SQL cannot do: events arrive through ingestion and imports. */
  static SQLException readOnly(String operation) {
    return new SQLNonTransientException(operation + ": Eventlake's SQL is read-only (SELECT only); events arrive"
        + " through ingestion and imports", "25006");
  }
}
