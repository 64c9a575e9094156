package dev.eventlake.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;

/**
 * The fixed answers of {@link DatabaseMetaData} about Eventlake's SQL: a read-only, transaction-less dialect of
 * SELECT (joins, subqueries, unions, GROUP BY, ORDER BY) over tables named by store ID, without catalogs, schemas,
 * procedures, keys or indexes; identifiers are case-insensitive and quoted with double quotes. Limits are 0
 * (none known).
 */
abstract class DatabaseMetaDataDefaults implements DatabaseMetaData {
  @Override public boolean allProceduresAreCallable() { return false; }
  @Override public boolean allTablesAreSelectable() { return true; }
  @Override public boolean isReadOnly() { return true; }
  @Override public boolean nullsAreSortedHigh() { return true; }
  @Override public boolean nullsAreSortedLow() { return false; }
  @Override public boolean nullsAreSortedAtStart() { return false; }
  @Override public boolean nullsAreSortedAtEnd() { return false; }
  @Override public boolean usesLocalFiles() { return false; }
  @Override public boolean usesLocalFilePerTable() { return false; }
  @Override public boolean supportsMixedCaseIdentifiers() { return false; }
  @Override public boolean storesUpperCaseIdentifiers() { return false; }
  @Override public boolean storesLowerCaseIdentifiers() { return false; }
  @Override public boolean storesMixedCaseIdentifiers() { return true; }
  @Override public boolean supportsMixedCaseQuotedIdentifiers() { return false; }
  @Override public boolean storesUpperCaseQuotedIdentifiers() { return false; }
  @Override public boolean storesLowerCaseQuotedIdentifiers() { return false; }
  @Override public boolean storesMixedCaseQuotedIdentifiers() { return true; }
  @Override public String getIdentifierQuoteString() { return "\""; }
  @Override public String getSQLKeywords() { return ""; }
  @Override public String getNumericFunctions() { return "abs,ceil,floor,mod,power,round,sqrt"; }
  @Override public String getStringFunctions() { return "concat,length,lower,replace,split,substring,trim,upper"; }
  @Override public String getSystemFunctions() { return ""; }
  @Override public String getTimeDateFunctions() { return "date_add,date_diff,date_format,date_trunc,now"; }
  @Override public String getSearchStringEscape() { return "\\"; }
  @Override public String getExtraNameCharacters() { return ""; }
  @Override public boolean supportsAlterTableWithAddColumn() { return false; }
  @Override public boolean supportsAlterTableWithDropColumn() { return false; }
  @Override public boolean supportsColumnAliasing() { return true; }
  @Override public boolean nullPlusNonNullIsNull() { return true; }
  @Override public boolean supportsConvert() { return false; }
  @Override public boolean supportsConvert(int fromType, int toType) { return false; }
  @Override public boolean supportsTableCorrelationNames() { return true; }
  @Override public boolean supportsDifferentTableCorrelationNames() { return false; }
  @Override public boolean supportsExpressionsInOrderBy() { return true; }
  @Override public boolean supportsOrderByUnrelated() { return true; }
  @Override public boolean supportsGroupBy() { return true; }
  @Override public boolean supportsGroupByUnrelated() { return true; }
  @Override public boolean supportsGroupByBeyondSelect() { return true; }
  @Override public boolean supportsLikeEscapeClause() { return true; }
  @Override public boolean supportsMultipleResultSets() { return false; }
  @Override public boolean supportsMultipleTransactions() { return true; }
  @Override public boolean supportsNonNullableColumns() { return true; }
  @Override public boolean supportsMinimumSQLGrammar() { return true; }
  @Override public boolean supportsCoreSQLGrammar() { return false; }
  @Override public boolean supportsExtendedSQLGrammar() { return false; }
  @Override public boolean supportsANSI92EntryLevelSQL() { return false; }
  @Override public boolean supportsANSI92IntermediateSQL() { return false; }
  @Override public boolean supportsANSI92FullSQL() { return false; }
  @Override public boolean supportsIntegrityEnhancementFacility() { return false; }
  @Override public boolean supportsOuterJoins() { return true; }
  @Override public boolean supportsFullOuterJoins() { return true; }
  @Override public boolean supportsLimitedOuterJoins() { return true; }
  @Override public String getSchemaTerm() { return "schema"; }
  @Override public String getProcedureTerm() { return "procedure"; }
  @Override public String getCatalogTerm() { return "catalog"; }
  @Override public boolean isCatalogAtStart() { return false; }
  @Override public String getCatalogSeparator() { return "."; }
  @Override public boolean supportsSchemasInDataManipulation() { return false; }
  @Override public boolean supportsSchemasInProcedureCalls() { return false; }
  @Override public boolean supportsSchemasInTableDefinitions() { return false; }
  @Override public boolean supportsSchemasInIndexDefinitions() { return false; }
  @Override public boolean supportsSchemasInPrivilegeDefinitions() { return false; }
  @Override public boolean supportsCatalogsInDataManipulation() { return false; }
  @Override public boolean supportsCatalogsInProcedureCalls() { return false; }
  @Override public boolean supportsCatalogsInTableDefinitions() { return false; }
  @Override public boolean supportsCatalogsInIndexDefinitions() { return false; }
  @Override public boolean supportsCatalogsInPrivilegeDefinitions() { return false; }
  @Override public boolean supportsPositionedDelete() { return false; }
  @Override public boolean supportsPositionedUpdate() { return false; }
  @Override public boolean supportsSelectForUpdate() { return false; }
  @Override public boolean supportsStoredProcedures() { return false; }
  @Override public boolean supportsSubqueriesInComparisons() { return true; }
  @Override public boolean supportsSubqueriesInExists() { return true; }
  @Override public boolean supportsSubqueriesInIns() { return true; }
  @Override public boolean supportsSubqueriesInQuantifieds() { return true; }
  @Override public boolean supportsCorrelatedSubqueries() { return true; }
  @Override public boolean supportsUnion() { return true; }
  @Override public boolean supportsUnionAll() { return true; }
  @Override public boolean supportsOpenCursorsAcrossCommit() { return true; }
  @Override public boolean supportsOpenCursorsAcrossRollback() { return true; }
  @Override public boolean supportsOpenStatementsAcrossCommit() { return true; }
  @Override public boolean supportsOpenStatementsAcrossRollback() { return true; }
  @Override public int getMaxBinaryLiteralLength() { return 0; }
  @Override public int getMaxCharLiteralLength() { return 0; }
  @Override public int getMaxColumnNameLength() { return 0; }
  @Override public int getMaxColumnsInGroupBy() { return 0; }
  @Override public int getMaxColumnsInIndex() { return 0; }
  @Override public int getMaxColumnsInOrderBy() { return 0; }
  @Override public int getMaxColumnsInSelect() { return 0; }
  @Override public int getMaxColumnsInTable() { return 0; }
  @Override public int getMaxConnections() { return 0; }
  @Override public int getMaxCursorNameLength() { return 0; }
  @Override public int getMaxIndexLength() { return 0; }
  @Override public int getMaxSchemaNameLength() { return 0; }
  @Override public int getMaxProcedureNameLength() { return 0; }
  @Override public int getMaxCatalogNameLength() { return 0; }
  @Override public int getMaxRowSize() { return 0; }
  @Override public boolean doesMaxRowSizeIncludeBlobs() { return false; }
  @Override public int getMaxStatementLength() { return 0; }
  @Override public int getMaxStatements() { return 0; }
  @Override public int getMaxTableNameLength() { return 0; }
  @Override public int getMaxTablesInSelect() { return 0; }
  @Override public int getMaxUserNameLength() { return 0; }
  @Override public int getDefaultTransactionIsolation() { return Connection.TRANSACTION_NONE; }
  @Override public boolean supportsTransactions() { return false; }
  @Override public boolean supportsTransactionIsolationLevel(int level) { return level == Connection.TRANSACTION_NONE; }
  @Override public boolean supportsDataDefinitionAndDataManipulationTransactions() { return false; }
  @Override public boolean supportsDataManipulationTransactionsOnly() { return false; }
  @Override public boolean dataDefinitionCausesTransactionCommit() { return false; }
  @Override public boolean dataDefinitionIgnoredInTransactions() { return false; }
  @Override public boolean supportsResultSetType(int type) { return type == ResultSet.TYPE_FORWARD_ONLY; }
  @Override public boolean ownUpdatesAreVisible(int type) { return false; }
  @Override public boolean ownDeletesAreVisible(int type) { return false; }
  @Override public boolean ownInsertsAreVisible(int type) { return false; }
  @Override public boolean othersUpdatesAreVisible(int type) { return false; }
  @Override public boolean othersDeletesAreVisible(int type) { return false; }
  @Override public boolean othersInsertsAreVisible(int type) { return false; }
  @Override public boolean updatesAreDetected(int type) { return false; }
  @Override public boolean deletesAreDetected(int type) { return false; }
  @Override public boolean insertsAreDetected(int type) { return false; }
  @Override public boolean supportsBatchUpdates() { return false; }
  @Override public boolean supportsSavepoints() { return false; }
  @Override public boolean supportsNamedParameters() { return false; }
  @Override public boolean supportsMultipleOpenResults() { return false; }
  @Override public boolean supportsGetGeneratedKeys() { return false; }
  @Override public boolean supportsResultSetHoldability(int kind) { return kind == getResultSetHoldability(); }
  @Override public int getResultSetHoldability() { return ResultSet.HOLD_CURSORS_OVER_COMMIT; }
  @Override public int getJDBCMajorVersion() { return 4; }
  @Override public int getJDBCMinorVersion() { return 2; }
  @Override public int getSQLStateType() { return DatabaseMetaData.sqlStateSQL; }
  @Override public boolean locatorsUpdateCopy() { return false; }
  @Override public boolean supportsStatementPooling() { return false; }
  @Override public RowIdLifetime getRowIdLifetime() { return RowIdLifetime.ROWID_UNSUPPORTED; }
  @Override public boolean supportsStoredFunctionsUsingCallSyntax() { return false; }
  @Override public boolean autoCommitFailureClosesAllResultSets() { return false; }
  @Override public boolean generatedKeyAlwaysReturned() { return false; }

  @Override
  public boolean supportsResultSetConcurrency(int type, int concurrency) {
    return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("This metadata is not a " + type.getName(), "HY000");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
