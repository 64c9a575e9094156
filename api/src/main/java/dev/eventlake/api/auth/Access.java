package dev.eventlake.api.auth;

/** What an operation needs: reading (queries, get, list), writing events (ingestion, imports), or administration. */
public enum Access {
  READ,
  WRITE,
  ADMIN
}
