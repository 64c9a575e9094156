package dev.eventlake.api.delivery;

import java.util.List;

/**
 * The outcome of verifying one delivered query folder.
 *
 * @param location the folder checked
 * @param resultFiles how many result files the sign file lists
 * @param publicKeyFingerprint the key the sign file names, or null when it could not be read
 * @param problems what is wrong, each naming the file; empty when the export is intact
 */
public record VerificationReport(String location, int resultFiles, String publicKeyFingerprint,
    List<String> problems) {
  public VerificationReport {
    problems = List.copyOf(problems);
  }

  /** Whether the signature and every file's hash check out, and no result file is missing or extra. */
  public boolean intact() {
    return problems.isEmpty();
  }
}
