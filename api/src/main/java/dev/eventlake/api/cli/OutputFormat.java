package dev.eventlake.api.cli;

/** How a command prints its result. */
enum OutputFormat {
  text,
  json
}
