package dev.eventlake.bench.measure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** Samples heap use and the process's resident set every few milliseconds and keeps the peaks of the phase. */
public final class ResourceMonitor implements AutoCloseable {
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final long SAMPLE_MILLIS = 10;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peakHeap = new AtomicLong();
  private final AtomicLong peakRss = new AtomicLong(-1);
  private final Thread sampler;
  private volatile boolean running = true;
  private long rssAtStart;

  public ResourceMonitor() {
    sampler = new Thread(this::sampleUntilClosed, "eventlake-bench-memory");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts a new phase: the peaks restart from what is in use now. */
  public synchronized void beginPhase() {
    rssAtStart = residentBytes();
    peakHeap.set(memory.getHeapMemoryUsage().getUsed());
    peakRss.set(rssAtStart);
  }

  /** The peaks since {@link #beginPhase()}, including one last sample. */
  public synchronized MemoryPeak endPhase() {
    sample();
    return new MemoryPeak(peakHeap.get(), peakRss.get(), rssAtStart);
  }

  private void sampleUntilClosed() {
    while (running) {
      sample();
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException interrupted) {
        return;
      }
    }
  }

  private void sample() {
    peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    peakRss.accumulateAndGet(residentBytes(), Math::max);
  }

  /** VmRSS from /proc/self/status in bytes, or -1 when it cannot be read (not Linux). */
  static long residentBytes() {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException unavailable) {
      return -1;
    }
    return -1;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
