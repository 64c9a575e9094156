package dev.eventlake.api.auth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** An access key: the ID callers name, the secret they sign with (or send over HTTP Basic), and its role. */
public record AccessKey(String accessKeyId, String secretAccessKey, Role role, Instant createdAt) {

  public AccessKey {
    requireNonNull(accessKeyId, "accessKeyId is null");
    requireNonNull(secretAccessKey, "secretAccessKey is null");
    requireNonNull(role, "role is null");
    requireNonNull(createdAt, "createdAt is null");
  }
}
