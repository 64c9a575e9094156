package dev.eventlake.query.sql;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParserImplFactory;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;

/**
 * Calcite's core parser with the CloudTrail Lake dialect around it; plug it in with the connection property
 * {@code parserFactory=dev.eventlake.query.sql.TrinoParserFactory#FACTORY}. It applies the text rewrite of
 * {@link QueryText} (idempotent, so already prepared text passes unchanged) and then {@link TrinoRewriter} to the
 * parsed statement.
 */
public final class TrinoParserFactory implements SqlParserImplFactory {
  /** The instance the {@code parserFactory} connection property names. */
  public static final TrinoParserFactory FACTORY = new TrinoParserFactory();

  private TrinoParserFactory() {}

  @Override
  public SqlAbstractParserImpl getParser(Reader reader) {
    String text = QueryText.rewrite(readAll(reader));
    SqlParserImpl parser = new SqlParserImpl(new java.io.StringReader(text)) {
      @Override
      public SqlNode parseSqlStmtEof() throws Exception {
        return TrinoRewriter.rewriteStatement(super.parseSqlStmtEof());
      }
    };
    parser.setOriginalSql(text);
    return parser;
  }

  private static String readAll(Reader reader) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[4096];
    try {
      for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
        text.append(buffer, 0, read);
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return text.toString();
  }
}
