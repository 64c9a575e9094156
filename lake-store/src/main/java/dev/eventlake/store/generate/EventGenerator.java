package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Generates realistic synthetic CloudTrail log files, deterministically per seed: the same configuration gives
 * byte-identical files, whatever the thread count. Each five-minute delivery window is generated independently and
 * streamed straight into gzip files (see {@link WindowDelivery}); windows run in parallel on the available cores
 * with a bounded number in flight, so memory stays constant. {@link DeliverySchedule} spreads events over the days.
 */
public final class EventGenerator {

  /** About one record in this many is delivered a second time, unchanged, in the next file. */
  static final int DUPLICATE_ONE_IN = 10_000;
  /** Level 3 compresses as fast as level 1 on this data (zlib's fast strategy) and some 7% smaller. */
  private static final int COMPRESSION_LEVEL = 3;

  private final GeneratorConfig config;
  private final int threads;

  public EventGenerator(GeneratorConfig config) {
    this(config, Runtime.getRuntime().availableProcessors());
  }

  /** A generator using {@code threads} worker threads; the output does not depend on it. */
  EventGenerator(GeneratorConfig config, int threads) {
    this.config = Objects.requireNonNull(config, "config");
    this.threads = Math.max(1, threads);
  }

  /** Writes all log files and reports what was written; on failure no partial {@code .json.gz} remains. */
  public GeneratorSummary generate() throws IOException {
    Files.createDirectories(config.outputDirectory());
    DeliverySchedule schedule = new DeliverySchedule(config);
    EventFactory events = new EventFactory(config.seed());
    JsonFactory jsonFactory = new JsonFactory();
    LongAdder files = new LongAdder();
    LongAdder bytes = new LongAdder();
    AtomicReference<Exception> failure = new AtomicReference<>();
    Semaphore inFlight = new Semaphore(threads * 2);
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "eventlake-generate");
      thread.setDaemon(true);
      return thread;
    });
    try {
      for (DeliveryWindow window : schedule) {
        if (failure.get() != null) {
          break;
        }
        if (window.events() > 0) {
          WindowWriter writer = new WindowWriter(config, events, jsonFactory, COMPRESSION_LEVEL, window,
              schedule.firstSecond());
          acquire(inFlight);
          pool.execute(() -> runWindow(writer, files, bytes, failure, inFlight));
        }
      }
    } finally {
      awaitAll(pool);
    }
    rethrow(failure.get());
    return new GeneratorSummary(config.events(), files.sum(), bytes.sum(), config.firstDay(), config.lastDay());
  }

  private static void runWindow(WindowWriter writer, LongAdder files, LongAdder bytes,
      AtomicReference<Exception> failure, Semaphore inFlight) {
    try {
      if (failure.get() == null) {
        WindowWriter.Result result = writer.call();
        files.add(result.files());
        bytes.add(result.bytes());
      }
    } catch (Exception exception) {
      failure.compareAndSet(null, exception);
    } finally {
      inFlight.release();
    }
  }

  private static void acquire(Semaphore inFlight) throws IOException {
    try {
      inFlight.acquire();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while generating", interrupted);
    }
  }

  private static void awaitAll(ExecutorService pool) throws IOException {
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // keep waiting: windows always finish
      }
    } catch (InterruptedException interrupted) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while generating", interrupted);
    }
  }

  private static void rethrow(Exception failure) throws IOException {
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof UncheckedIOException unchecked) {
      throw unchecked.getCause();
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure != null) {
      throw new IOException(failure);
    }
  }
}
