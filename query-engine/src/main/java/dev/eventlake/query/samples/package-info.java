/**
 * The built-in, read-only library of sample queries for common investigations, searchable by words and copied into
 * editable saved queries. The samples are text resources ({@code dev/eventlake/query/samples/*.sql}) whose table is
 * the placeholder {@code $EDS_ID}.
 */
package dev.eventlake.query.samples;
