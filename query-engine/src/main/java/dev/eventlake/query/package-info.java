/** CloudTrail Lake SQL over the lake store, on Apache Calcite (filled in by the query-engine issue). */
package dev.eventlake.query;
