package dev.eventlake.query.service;

import static dev.eventlake.query.service.QueryTestSupport.START;
import static dev.eventlake.query.service.QueryTestSupport.STORE;
import static dev.eventlake.query.service.QueryTestSupport.assertFails;
import static dev.eventlake.query.service.QueryTestSupport.awaitStatus;
import static dev.eventlake.query.service.QueryTestSupport.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.query.sql.BoundParameter;
import dev.eventlake.query.sql.BoundStatement;
import dev.eventlake.query.sql.ParameterType;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery of results to a DeliveryS3Uri: what the delivery receives, its states, and restarts. */
class QueryDeliveryTest {
  private static final String DESTINATION = "s3://results-bucket/prefix";
  @TempDir Path directory;
  private final MutableClock clock = new MutableClock(START);
  private final FakeRunner runner = new FakeRunner();

  @Test
  void finishedQueryHandsEveryRowAsStringsToTheDeliveryAndReportsSuccess() {
    RecordingDelivery delivery = new RecordingDelivery(job -> DeliveryOutcome.success(job.destination() + "/x/"));
    try (QueryService service = open(delivery)) {
      String sql = runner.register("SELECT n", FakeStatement.numbered(5_000, STORE));
      String queryId = service.start(QueryRequest.of(sql).withDeliveryUri(DESTINATION));
      assertThat(service.describe(queryId).delivery().status()).isIn(DeliveryStatus.PENDING, DeliveryStatus.SUCCESS);
      awaitStatus(service, queryId, QueryStatus.FINISHED);
      QueryDelivery delivered = awaitDelivery(service, queryId);
      assertThat(delivered).isEqualTo(
          new QueryDelivery(DESTINATION, DeliveryStatus.SUCCESS, null, DESTINATION + "/x/"));
      assertThat(delivery.labels).containsExactly("n", "label");
      assertThat(delivery.rows).hasSize(5_000);
      assertThat(delivery.rows.get(4_321)).containsExactly("4321", "row-4321");
      assertThat(delivery.stagingExisted).isTrue();
      assertThat(service.describe(queryId).errorMessage()).isNull();
    }
  }

  @Test
  void failedDeliveryIsRecordedWithItsMessage() {
    try (QueryService service = open(new RecordingDelivery(
        job -> DeliveryOutcome.failure(DeliveryStatus.RESOURCE_NOT_FOUND, "The bucket does not exist", null)))) {
      String queryId = service.start(QueryRequest.of(runner.register("SELECT n", FakeStatement.numbered(3, STORE)))
          .withDeliveryUri(DESTINATION));
      assertThat(awaitDelivery(service, queryId)).extracting(QueryDelivery::status, QueryDelivery::message)
          .containsExactly(DeliveryStatus.RESOURCE_NOT_FOUND, "The bucket does not exist");
    }
  }

  @Test
  void cancelledAndFailedQueriesAreNeverDelivered() {
    RecordingDelivery delivery = new RecordingDelivery(job -> DeliveryOutcome.success(null));
    try (QueryService service = open(delivery)) {
      CountDownLatch gate = new CountDownLatch(1);
      String cancelled = service.start(QueryRequest.of(runner.register("SELECT slow",
          FakeStatement.numbered(3, STORE).gatedBy(gate))).withDeliveryUri(DESTINATION));
      awaitStatus(service, cancelled, QueryStatus.RUNNING);
      service.cancel(cancelled);
      gate.countDown();
      String failed = service.start(QueryRequest.of(runner.register("SELECT broken",
          FakeStatement.numbered(10, STORE).failingAt(4))).withDeliveryUri(DESTINATION));
      awaitStatus(service, failed, QueryStatus.FAILED);

      assertThat(service.describe(cancelled).delivery().status()).isEqualTo(DeliveryStatus.CANCELLED);
      assertThat(service.describe(failed).delivery().status()).isEqualTo(DeliveryStatus.FAILED);
      assertThat(service.describe(failed).delivery().message()).contains("FAILED", "not delivered");
      assertThat(delivery.jobs).isEmpty();
    }
  }

  @Test
  void timedOutQueriesDeliverNothing() {
    RecordingDelivery delivery = new RecordingDelivery(job -> DeliveryOutcome.success(null));
    try (QueryService service = new QueryService(config(directory, clock).withQueryTimeout(
        java.time.Duration.ofMillis(300)), runner, Function.identity(), delivery)) {
      String queryId = service.start(QueryRequest.of(runner.register("SELECT slowly",
          FakeStatement.numbered(1_000, STORE).slow(20))).withDeliveryUri(DESTINATION));
      QueryDescription timedOut = awaitStatus(service, queryId, QueryStatus.TIMED_OUT);
      assertThat(timedOut.delivery().status()).isEqualTo(DeliveryStatus.FAILED);
      assertThat(timedOut.delivery().message()).contains("TIMED_OUT", "only FINISHED queries are");
      assertThat(delivery.jobs).isEmpty();
    }
  }

  @Test
  void destinationIsCheckedBeforeTheQueryIsAccepted() {
    try (QueryService service = new QueryService(config(directory, clock), runner, Function.identity())) {
      String sql = runner.register("SELECT n", FakeStatement.numbered(1, STORE));
      assertFails(() -> service.start(QueryRequest.of(sql).withDeliveryUri(DESTINATION)),
          ErrorCode.UNSUPPORTED_OPERATION);
    }
  }

  @Test
  void deliveryCutShortByAStopIsDoneAtTheNextStart() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    String sql = runner.register("SELECT n", FakeStatement.numbered(2, STORE));
    String queryId;
    try (QueryService first = open(new RecordingDelivery(job -> {
      entered.countDown();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
      return DeliveryOutcome.failure(DeliveryStatus.FAILED, "interrupted", null);
    }))) {
      queryId = first.start(QueryRequest.of(sql).withDeliveryUri(DESTINATION));
      entered.await();
    }
    RecordingDelivery second = new RecordingDelivery(job -> DeliveryOutcome.success(null));
    try (QueryService restarted = open(second)) {
      assertThat(awaitDelivery(restarted, queryId).status()).isEqualTo(DeliveryStatus.SUCCESS);
      assertThat(second.rows).containsExactly(List.of("0", "row-0"), List.of("1", "row-1"));
    }
  }

  @Test
  void recordKeepsTheParametersAndAliasAndTheLatestRunIsFoundByAlias() {
    String sql = runner.register("SELECT n", FakeStatement.numbered(1, STORE));
    BoundStatement statement = new BoundStatement(sql, List.of(new BoundParameter("code", ParameterType.VARCHAR,
        "x' OR '1'='1")));
    String saved;
    try (QueryService service = open(new RecordingDelivery(job -> DeliveryOutcome.success(null)))) {
      saved = service.start(new QueryRequest(statement, "by-code", null));
      awaitStatus(service, saved, QueryStatus.FINISHED);
      assertThat(runner.bound).containsExactly(statement);
      assertFails(() -> service.start(new QueryRequest(new BoundStatement(sql, List.of(new BoundParameter("n",
          ParameterType.BIGINT, "ten"))), null, null)), ErrorCode.INVALID_PARAMETER);
    }
    try (QueryService reopened = open(new RecordingDelivery(job -> DeliveryOutcome.success(null)))) {
      assertThat(reopened.describe(saved).parameters()).isEqualTo(statement.parameters());
      assertThat(reopened.describeLatest("by-code").queryId()).isEqualTo(saved);
    }
    try (QueryService service = open(new RecordingDelivery(job -> DeliveryOutcome.success(null)))) {
      String first = service.start(new QueryRequest(BoundStatement.of(sql), "daily-report", null));
      awaitStatus(service, first, QueryStatus.FINISHED);
      clock.advance(java.time.Duration.ofSeconds(1));
      String second = service.start(new QueryRequest(BoundStatement.of(sql), "daily-report", null));
      assertThat(service.describeLatest("daily-report").queryId()).isEqualTo(second);
      assertThat(service.describe(first).queryAlias()).isEqualTo("daily-report");
      assertThat(service.describe(first).delivery()).isNull();
      assertFails(() -> service.describeLatest("other"), ErrorCode.QUERY_ID_NOT_FOUND);
    }
  }

  private QueryService open(ResultDelivery delivery) {
    return new QueryService(config(directory, clock), runner, Function.identity(), delivery);
  }

  private static QueryDelivery awaitDelivery(QueryService service, String queryId) {
    long deadline = System.currentTimeMillis() + 10_000;
    QueryDelivery delivery = service.describe(queryId).delivery();
    while (delivery.status() == DeliveryStatus.PENDING && System.currentTimeMillis() < deadline) {
      Thread.onSpinWait();
      delivery = service.describe(queryId).delivery();
    }
    return delivery;
  }

  /** A delivery that records what it receives and answers as told. */
  private static final class RecordingDelivery implements ResultDelivery {
    final List<DeliveryJob> jobs = new CopyOnWriteArrayList<>();
    final List<List<String>> rows = new ArrayList<>();
    List<String> labels;
    boolean stagingExisted;
    private final Function<DeliveryJob, DeliveryOutcome> answer;

    RecordingDelivery(Function<DeliveryJob, DeliveryOutcome> answer) {
      this.answer = answer;
    }

    @Override
    public void check(String destination) {
      if (!destination.startsWith("s3://")) {
        throw LakeException.of(ErrorCode.INVALID_PARAMETER, "not s3");
      }
    }

    @Override
    public DeliveryOutcome deliver(DeliveryJob job) {
      jobs.add(job);
      labels = job.labels();
      stagingExisted = Files.isDirectory(job.stagingDirectory());
      job.rows().forEachRemaining(rows::add);
      return answer.apply(job);
    }
  }
}
