package dev.eventlake.query.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/**
 * Opens Calcite connections that speak the CloudTrail Lake dialect and runs statements on them end to end: pre-pass,
 * execution, result labels, errors as InvalidQueryStatementException.
 */
public final class LakeConnections {
  /** The Calcite function libraries whose semantics match Trino's closely enough. */
  public static final String FUNCTION_LIBRARIES = "standard,postgresql";

  private LakeConnections() {}

  /** The {@code jdbc:calcite:} properties of the dialect (Trino-like identifiers, GROUP BY ordinals, {@code !=},
   * NULLs sorted last in both directions as Trino does). */
  public static Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("caseSensitive", "false");
    properties.setProperty("unquotedCasing", Casing.UNCHANGED.name());
    properties.setProperty("quotedCasing", Casing.UNCHANGED.name());
    properties.setProperty("quoting", Quoting.DOUBLE_QUOTE.name());
    properties.setProperty("conformance", SqlConformanceEnum.LENIENT.name());
    properties.setProperty("fun", FUNCTION_LIBRARIES);
    properties.setProperty("defaultNullCollation", "LAST");
    properties.setProperty("parserFactory", TrinoParserFactory.class.getName() + "#FACTORY");
    return properties;
  }

  /** The same settings for parsing outside a connection, e.g. for {@link TableReferences}. */
  public static SqlParser.Config parserConfig() {
    return SqlParser.config().withParserFactory(TrinoParserFactory.FACTORY).withCaseSensitive(false)
        .withUnquotedCasing(Casing.UNCHANGED).withQuotedCasing(Casing.UNCHANGED).withQuoting(Quoting.DOUBLE_QUOTE)
        .withConformance(SqlConformanceEnum.LENIENT);
  }

  /** A new connection whose root schema holds the Trino functions and whatever {@code tables} adds. */
  public static Connection open(Consumer<SchemaPlus> tables) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:calcite:", properties());
    try {
      SchemaPlus root = connection.unwrap(CalciteConnection.class).getRootSchema();
      TrinoFunctions.register(root);
      tables.accept(root);
      return connection;
    } catch (SQLException | RuntimeException failure) {
      connection.close();
      throw failure;
    }
  }

  /**
   * Validates, plans and compiles a pre-passed statement without running it, so it can be cancelled while it runs,
   * and binds its parameter values as typed JDBC parameters; a statement Calcite rejects throws
   * InvalidQueryStatementException.
   */
  public static LakeQuery prepare(Connection connection, PreparedQuery prepared) {
    PreparedStatement statement = null;
    try {
      statement = connection.prepareStatement(prepared.text());
      for (int index = 0; index < prepared.bindings().size(); index++) {
        prepared.bindings().get(index).bindTo(statement, index + 1);
      }
      return new LakeQuery(prepared, statement, labels(statement.getMetaData()));
    } catch (SQLException | RuntimeException failure) {
      closeQuietly(statement, failure);
      throw SqlErrors.translate(failure, prepared);
    }
  }

  private static List<String> labels(ResultSetMetaData metaData) throws SQLException {
    List<String> labels = new ArrayList<>(metaData.getColumnCount());
    for (int column = 1; column <= metaData.getColumnCount(); column++) {
      labels.add(metaData.getColumnLabel(column));
    }
    return labels;
  }

  private static void closeQuietly(Statement statement, Exception failure) {
    if (statement == null) {
      return;
    }
    try {
      statement.close();
    } catch (SQLException closing) {
      failure.addSuppressed(closing);
    }
  }
}
