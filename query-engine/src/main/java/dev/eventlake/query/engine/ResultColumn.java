package dev.eventlake.query.engine;

/** A result column: its CloudTrail-style label (alias, name as written, last path segment, or {@code _colN}). */
public record ResultColumn(String label, ColumnType type) {}
