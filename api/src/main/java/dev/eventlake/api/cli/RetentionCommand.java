package dev.eventlake.api.cli;

import dev.eventlake.api.retention.RetentionService;
import dev.eventlake.api.wire.SweepWire;
import dev.eventlake.query.engine.LakeEngine;
import dev.eventlake.query.engine.QueryEngineConfig;
import dev.eventlake.query.service.QueryService;
import dev.eventlake.query.service.QueryServiceConfig;
import dev.eventlake.retention.RetentionConfig;
import dev.eventlake.retention.RetentionSweeper;
import dev.eventlake.retention.StorePurgeListener;
import dev.eventlake.retention.SweepReport;
import dev.eventlake.store.Lake;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventlake retention …}: enforce the retention of every store now, instead of waiting for the server. */
@Command(name = "retention", description = "Enforce store retention.", mixinStandardHelpOptions = true)
final class RetentionCommand {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Command(name = "sweep", description = "Remove files whose every event is past its store's retention period, "
      + "purge stores pending deletion for 7 days with their query history, and expire query results older than "
      + "7 days; print what was (or, with --dry-run, would be) removed per store. Do not run it on a data folder "
      + "a server is using: the server sweeps on its own.")
  int sweep(@Mixin LakeOptions lake,
      @Option(names = "--as-of", description = "Evaluate retention as if it were this time (ISO-8601, UTC if no "
          + "zone); a time later than now needs --dry-run.") String asOf,
      @Option(names = "--dry-run", description = "Change nothing; report what a sweep would remove.") boolean dryRun) {
    Instant now = lake.clock.instant();
    Instant evaluatedAt = asOf == null ? now : TimeArgument.parse("--as-of", asOf);
    if (evaluatedAt.isAfter(now) && !dryRun) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "--as-of %s is later than now (%s): a sweep then would "
          + "remove events still inside retention. Add --dry-run to preview it.", evaluatedAt, now);
    }
    Lake opened = lake.openLake();
    RetentionConfig config = RetentionConfig.defaults().withClock(Clock.fixed(evaluatedAt, ZoneOffset.UTC));
    SweepReport report = dryRun ? new RetentionSweeper(opened, config, StorePurgeListener.NONE).sweep(true)
        : sweepWithQueryHistory(lake, opened, config);
    Printer.print(spec.commandLine().getOut(), lake.output, SweepWire.fromDomain(report),
        wire -> SweepText.describe(report));
    return report.succeeded() ? 0 : 1;
  }

  private static SweepReport sweepWithQueryHistory(LakeOptions options, Lake lake, RetentionConfig config) {
    QueryServiceConfig queriesConfig = QueryServiceConfig.defaults(options.dataDirectory.toAbsolutePath())
        .withClock(config.clock());
    try (LakeEngine engine = new LakeEngine(lake, QueryEngineConfig.defaults());
        QueryService queries = new QueryService(queriesConfig, engine);
        RetentionService retention = new RetentionService(lake, queries, config)) {
      return retention.runOnce(false);
    }
  }
}
