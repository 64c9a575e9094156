package dev.eventlake.store.channel;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Recognises IPv4 and IPv6 address literals, without any name lookup. */
final class IpAddresses {
  private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern IPV4 = Pattern.compile("^" + OCTET + "(\\." + OCTET + "){3}$");
  private static final Pattern IPV6_CHARACTERS = Pattern.compile("^[0-9A-Fa-f:.]+$");

  private IpAddresses() {}

  /** True for a dotted-quad IPv4 address or an IPv6 address (which contains ':'). */
  static boolean isLiteral(String text) {
    if (IPV4.matcher(text).matches()) {
      return true;
    }
    if (text.indexOf(':') < 0 || !IPV6_CHARACTERS.matcher(text).matches()) {
      return false;
    }
    try {
      // a string with ':' is parsed as an IPv6 literal and never looked up
      InetAddress.getByName(text);
      return true;
    } catch (UnknownHostException notAnAddress) {
      return false;
    }
  }
}
