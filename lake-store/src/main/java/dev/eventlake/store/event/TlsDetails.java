package dev.eventlake.store.event;

/** The {@code tlsDetails} struct of a CloudTrail record. */
public record TlsDetails(String tlsVersion, String cipherSuite, String clientProvidedHostHeader) {}
