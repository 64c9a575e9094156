package dev.eventlake.store.generate;

/** A named AWS resource: its identifier (or short name), a display name, and its ARN. */
record Resource(String id, String name, String arn) {}
