package dev.eventlake.api.auth;

/** Who made a request, once authenticated: the access key ID and its role. */
public record Caller(String accessKeyId, Role role) {}
