package dev.eventlake.api.delivery;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventlake.api.signing.SigningKey;
import dev.eventlake.api.signing.SigningKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a delivered query folder as CloudTrail's own validation does: reads {@code result_sign.json}, finds the
 * public key with its fingerprint (current or rotated out) and checks the signature over the listed hashes, then
 * re-hashes every result file; a listed file that is missing or a result file that is not listed is a problem too.
 */
public final class ResultVerifier {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final SigningKeys keys;
  private final String region;

  /** A verifier with the keys of this installation, whose sign files name {@code region}. */
  public ResultVerifier(SigningKeys keys, String region) {
    this.keys = keys;
    this.region = region;
  }

  /** Checks every file of {@code export}; never throws for a damaged export, the report says what is wrong. */
  public VerificationReport verify(ExportFiles export) throws IOException {
    List<String> problems = new ArrayList<>();
    SignFile sign;
    try (InputStream in = export.open(ExportLayout.SIGN_FILE)) {
      sign = JSON.readValue(in, SignFile.class);
    } catch (NoSuchFileException missing) {
      return report(export, null, List.of(ExportLayout.SIGN_FILE + " is missing from " + export.location()));
    } catch (IOException unreadable) {
      return report(export, null, List.of(ExportLayout.SIGN_FILE + " is not a valid sign file: "
          + unreadable.getMessage().lines().findFirst().orElse("")));
    }
    checkFixedFields(sign, problems);
    checkSignature(sign, problems);
    List<String> listed = sign.files().stream().map(SignFile.FileHash::fileName).toList();
    for (SignFile.FileHash file : sign.files()) {
      checkHash(export, file, problems);
    }
    for (String name : export.names()) {
      if (ExportLayout.isResultFile(name) && !listed.contains(name)) {
        problems.add(name + " is not listed in " + ExportLayout.SIGN_FILE);
      }
    }
    return report(export, sign, problems);
  }

  private void checkFixedFields(SignFile sign, List<String> problems) {
    List<String> wrong = new ArrayList<>();
    if (!SignFile.VERSION.equals(sign.version())) {
      wrong.add("version " + sign.version());
    }
    if (!region.equals(sign.region())) {
      wrong.add("region " + sign.region());
    }
    if (!SignFile.HASH_ALGORITHM.equals(sign.hashAlgorithm())) {
      wrong.add("hashAlgorithm " + sign.hashAlgorithm());
    }
    if (!SignFile.SIGNATURE_ALGORITHM.equals(sign.signatureAlgorithm())) {
      wrong.add("signatureAlgorithm " + sign.signatureAlgorithm());
    }
    if (!wrong.isEmpty()) {
      problems.add(ExportLayout.SIGN_FILE + " has been changed: unexpected " + String.join(", ", wrong));
    }
  }

  private void checkSignature(SignFile sign, List<String> problems) {
    String signFile = ExportLayout.SIGN_FILE;
    Optional<SigningKey> key = Optional.ofNullable(sign.publicKeyFingerprint()).flatMap(keys::find);
    if (key.isEmpty()) {
      problems.add(signFile + " names public key " + sign.publicKeyFingerprint() + ", which is not a key of this "
          + "installation");
      return;
    }
    if (!SigningKeys.verify(key.get(), sign.signedText(), String.valueOf(sign.hashSignature()))) {
      problems.add(signFile + " has been changed: its hashSignature does not match its file hashes under key "
          + key.get().fingerprint());
    } else if (!signedWhileValid(key.get(), sign.queryCompleteTime())) {
      problems.add(signFile + ": queryCompleteTime " + sign.queryCompleteTime() + " lies outside the validity of "
          + "key " + key.get().fingerprint());
    }
  }

  private static boolean signedWhileValid(SigningKey key, String completeTime) {
    try {
      Instant completed = Instant.parse(completeTime);
      return !completed.isBefore(key.validityStartTime().truncatedTo(ChronoUnit.SECONDS))
          && (key.validityEndTime() == null || !completed.isAfter(key.validityEndTime()));
    } catch (DateTimeParseException | NullPointerException malformed) {
      return false;
    }
  }

  private static void checkHash(ExportFiles export, SignFile.FileHash file, List<String> problems)
      throws IOException {
    if (file.fileName() == null || !ExportLayout.isResultFile(file.fileName())) {
      problems.add(ExportLayout.SIGN_FILE + " lists '" + file.fileName() + "', which is not a result file name");
      return;
    }
    MessageDigest digest = CsvResultFiles.sha256();
    try (InputStream in = new DigestInputStream(export.open(file.fileName()), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (NoSuchFileException missing) {
      problems.add(file.fileName() + " is missing");
      return;
    }
    String actual = HexFormat.of().formatHex(digest.digest());
    if (!actual.equalsIgnoreCase(String.valueOf(file.fileHashValue()))) {
      problems.add(file.fileName() + " has been changed: its SHA-256 is " + actual + ", the sign file records "
          + file.fileHashValue());
    }
  }

  private static VerificationReport report(ExportFiles export, SignFile sign, List<String> problems) {
    return new VerificationReport(export.location(), sign == null ? 0 : sign.files().size(),
        sign == null ? null : sign.publicKeyFingerprint(), problems);
  }
}
