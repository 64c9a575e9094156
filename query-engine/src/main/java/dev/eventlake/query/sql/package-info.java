/**
 * The CloudTrail Lake (Trino-flavoured) SELECT dialect on Apache Calcite: a text pre-pass ({@link
 * dev.eventlake.query.sql.QueryText}), a parser factory that rewrites Trino calls into Calcite ones ({@link
 * dev.eventlake.query.sql.TrinoParserFactory}), Trino functions as UDFs ({@link dev.eventlake.query.sql.TrinoFunctions}),
 * error translation ({@link dev.eventlake.query.sql.SqlErrors}) and connections ({@link
 * dev.eventlake.query.sql.LakeConnections}).
 */
package dev.eventlake.query.sql;
