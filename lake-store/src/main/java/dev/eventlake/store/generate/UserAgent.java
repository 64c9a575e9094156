package dev.eventlake.store.generate;

/**
 * A client as seen by CloudTrail: its user-agent text, how it reaches AWS, and the TLS it negotiates. CLI agents
 * get the command appended ({@code md/command#ec2.describe-instances}); service agents send no tlsDetails.
 */
record UserAgent(String text, Channel channel, String tlsVersion, String cipherSuite) {

  /** How a client reaches AWS. */
  enum Channel { CONSOLE, CLI, SDK, SERVICE }

  boolean console() {
    return channel == Channel.CONSOLE;
  }

  boolean sendsTlsDetails() {
    return channel != Channel.SERVICE;
  }
}
