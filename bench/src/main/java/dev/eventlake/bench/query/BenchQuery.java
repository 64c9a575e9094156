package dev.eventlake.bench.query;

import static java.util.Objects.requireNonNull;

/**
 * One audit query of the suite, in the CloudTrail Lake dialect for Eventlake and translated for DuckDB over the
 * store's own Parquet files.
 *
 * @param name a short kebab-case name
 * @param kind what it mostly tests
 * @param lakeSql the query as an Eventlake (CloudTrail Lake) user writes it
 * @param duckSql the same question for DuckDB, reading the same Parquet files
 */
public record BenchQuery(String name, QueryKind kind, String lakeSql, String duckSql) {
  public BenchQuery {
    requireNonNull(name, "name is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(lakeSql, "lakeSql is null");
    requireNonNull(duckSql, "duckSql is null");
  }
}
