package dev.eventlake.api.cli;

import dev.eventlake.api.delivery.BucketExportFiles;
import dev.eventlake.api.delivery.ExportFiles;
import dev.eventlake.api.delivery.FolderExportFiles;
import dev.eventlake.api.delivery.ResultVerifier;
import dev.eventlake.api.delivery.VerificationReport;
import dev.eventlake.api.imports.S3Settings;
import dev.eventlake.api.signing.SigningKeys;
import dev.eventlake.store.LakeConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eventlake verify-query-results}: checks a delivered query folder, its sign file's signature (with the key of
 * this installation it names, current or rotated out) and every result file's SHA-256, and names what is wrong.
 */
@Command(name = "verify-query-results", mixinStandardHelpOptions = true, description = "Verify delivered query "
    + "results: the sign file's signature and every result file's hash. Exit code 4 when something is wrong.")
final class VerifyQueryResultsCommand implements Callable<Integer> {
  static final int EXIT_TAMPERED = 4;

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin LakeOptions lake;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Location location;

  @Option(names = "--s3-endpoint", description = "S3-compatible endpoint for --s3-uri (default: AWS S3, or "
      + "EVENTLAKE_S3_ENDPOINT); credentials from EVENTLAKE_S3_ACCESS_KEY_ID and EVENTLAKE_S3_SECRET_ACCESS_KEY.")
  URI s3Endpoint;

  /** Where the environment comes from; tests replace it. */
  Map<String, String> environment = System.getenv();

  /** Either a folder or an S3 URI. */
  static final class Location {
    @Option(names = "--path", required = true, description = "The query's folder (…/<query-id>/) on this machine.")
    Path path;

    @Option(names = "--s3-uri", required = true, description = "The query's folder as s3://bucket/…/<query-id>/.")
    String s3Uri;
  }

  @Override
  public Integer call() throws Exception {
    Path data = lake.dataDirectory.toAbsolutePath();
    ResultVerifier verifier = new ResultVerifier(SigningKeys.open(data.resolve("keys"), Clock.systemUTC()),
        LakeConfig.defaults(data).region());
    VerificationReport report;
    try (ExportFiles files = open()) {
      report = verifier.verify(files);
    }
    Printer.print(spec.commandLine().getOut(), lake.output, report, VerifyQueryResultsCommand::describe);
    return report.intact() ? 0 : EXIT_TAMPERED;
  }

  private ExportFiles open() {
    if (location.path != null) {
      return new FolderExportFiles(location.path);
    }
    S3Settings settings = S3Settings.awsDefaults().withEnvironment(environment);
    return new BucketExportFiles(s3Endpoint == null ? settings : settings.withEndpoint(s3Endpoint), location.s3Uri);
  }

  private static String describe(VerificationReport report) {
    if (report.intact()) {
      return report.location() + ": intact (" + report.resultFiles() + " result files, signed by key "
          + report.publicKeyFingerprint() + ")";
    }
    return report.location() + ": FAILED\n  " + String.join("\n  ", report.problems());
  }
}
