package dev.eventlake.api.delivery;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code result_sign.json}, field for field as CloudTrail writes it: the SHA-256 of every result file, and an
 * {@code SHA256withRSA} signature over those hashes joined by single spaces, made by the key with
 * {@code publicKeyFingerprint}.
 *
 * @param version {@code 1.0}
 * @param region the server's Region
 * @param files each result file's hex SHA-256 and name, in order
 * @param hashAlgorithm {@code SHA-256}
 * @param signatureAlgorithm {@code SHA256withRSA}
 * @param queryCompleteTime when the results were delivered, ISO 8601 UTC to the second
 * @param hashSignature the hex signature
 * @param publicKeyFingerprint the 32-hex-digit fingerprint of the signing key
 */
@JsonPropertyOrder({"version", "region", "files", "hashAlgorithm", "signatureAlgorithm", "queryCompleteTime",
    "hashSignature", "publicKeyFingerprint"})
public record SignFile(String version, String region, List<FileHash> files, String hashAlgorithm,
    String signatureAlgorithm, String queryCompleteTime, String hashSignature, String publicKeyFingerprint) {
  static final String VERSION = "1.0";
  static final String HASH_ALGORITHM = "SHA-256";
  static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

  public SignFile {
    files = files == null ? List.of() : List.copyOf(files);
  }

  /** The text the signature covers: the file hashes joined by single spaces, in {@code files} order. */
  public String signedText() {
    return signedText(files);
  }

  static String signedText(List<FileHash> files) {
    return files.stream().map(FileHash::fileHashValue).collect(Collectors.joining(" "));
  }

  /** One result file of a sign file. */
  @JsonPropertyOrder({"fileHashValue", "fileName"})
  public record FileHash(String fileHashValue, String fileName) {}
}
