package dev.eventlake.api.signing;

/**
 * A sign file's signature and the key that made it.
 *
 * @param hex the {@code SHA256withRSA} signature, in lower-case hex
 * @param fingerprint the fingerprint of the signing key
 */
public record HashSignature(String hex, String fingerprint) {}
