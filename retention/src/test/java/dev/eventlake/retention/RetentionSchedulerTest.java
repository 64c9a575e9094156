package dev.eventlake.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Periodic runs of the upkeep tasks, failure isolation and shutdown. */
class RetentionSchedulerTest {
  @Test
  void tasksRunAtStartThenEveryIntervalAndAFailureStopsNothing() throws Exception {
    CountDownLatch threeRuns = new CountDownLatch(3);
    AtomicInteger failures = new AtomicInteger();
    Runnable failing = () -> {
      failures.incrementAndGet();
      throw new IllegalStateException("disk full");
    };
    try (RetentionScheduler scheduler = new RetentionScheduler(Duration.ofMillis(20),
        List.of(failing, threeRuns::countDown))) {
      scheduler.start();

      assertThat(threeRuns.await(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(failures.get()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void closeStopsThePeriodicRuns() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch firstRun = new CountDownLatch(1);
    RetentionScheduler scheduler = new RetentionScheduler(Duration.ofMillis(10), List.of(runs::incrementAndGet,
        firstRun::countDown));
    scheduler.start();
    assertThat(firstRun.await(10, TimeUnit.SECONDS)).isTrue();

    scheduler.close();
    int afterClose = runs.get();
    Thread.sleep(100);

    assertThat(runs.get()).isEqualTo(afterClose);
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.isAlive()
        && thread.getName().equals("eventlake-retention"));
  }

  @Test
  void runOnceRunsEveryTaskOnTheCallingThread() {
    AtomicInteger runs = new AtomicInteger();
    RetentionScheduler scheduler = new RetentionScheduler(Duration.ofHours(1), List.of(runs::incrementAndGet,
        () -> {
          throw new IllegalStateException("one failure");
        }, runs::incrementAndGet));

    scheduler.runOnce();

    assertThat(runs.get()).isEqualTo(2);
  }

  @Test
  void aSchedulerStartsOnceAndNeedsAPositiveInterval() {
    try (RetentionScheduler scheduler = new RetentionScheduler(Duration.ofHours(1), List.of())) {
      scheduler.start();
      assertThatThrownBy(scheduler::start).isInstanceOf(IllegalStateException.class);
    }
    assertThatThrownBy(() -> new RetentionScheduler(Duration.ZERO, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
