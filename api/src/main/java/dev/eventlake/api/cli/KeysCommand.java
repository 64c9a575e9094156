package dev.eventlake.api.cli;

import dev.eventlake.api.signing.SigningKey;
import dev.eventlake.api.signing.SigningKeys;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code eventlake keys …}: the installation's keys that sign query result sign files. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage the keys that sign delivered query "
    + "results.")
final class KeysCommand {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** A key as the command line shows it: public half only. */
  record KeyView(String fingerprint, String validityStartTime, String validityEndTime, String publicKey) {
    static KeyView of(SigningKey key) {
      return new KeyView(key.fingerprint(), key.validityStartTime().toString(),
          key.validityEndTime() == null ? null : key.validityEndTime().toString(),
          Base64.getEncoder().encodeToString(key.publicKey()));
    }

    String line() {
      return fingerprint + "  " + validityStartTime + " to " + (validityEndTime == null ? "now (current)"
          : validityEndTime);
    }
  }

  @Command(name = "list-signing", description = "List the signing keys with their validity windows.")
  void list(@Mixin LakeOptions lake) {
    List<KeyView> keys = keys(lake).all().stream().map(KeyView::of).toList();
    Printer.print(spec.commandLine().getOut(), lake.output, keys,
        all -> String.join("\n", all.stream().map(KeyView::line).toList()));
  }

  @Command(name = "rotate-signing", description = "Retire the current signing key and start a new one; exports "
      + "signed earlier still verify. A running server picks the new key up at once.")
  void rotate(@Mixin LakeOptions lake) {
    KeyView current = KeyView.of(keys(lake).rotate());
    Printer.print(spec.commandLine().getOut(), lake.output, current,
        key -> "New signing key " + key.fingerprint() + " (valid from " + key.validityStartTime() + ")");
  }

  private static SigningKeys keys(LakeOptions lake) {
    return SigningKeys.open(lake.dataDirectory.toAbsolutePath().resolve("keys"), Clock.systemUTC());
  }
}
