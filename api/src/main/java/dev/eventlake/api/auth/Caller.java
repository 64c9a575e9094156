package dev.eventlake.api.auth;

/**
 * Who made a request, once authenticated: the access key ID, its role, and the Region a SigV4 signature was scoped
 * to (null for HTTP Basic).
 */
public record Caller(String accessKeyId, Role role, String region) {}
