package dev.eventlake.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder recording of execution samples (every 20 ms per running Java thread, about 1% overhead)
 * over one phase, summarised as a {@link Profile}. DuckDB's worker threads are native and never sampled.
 */
public final class SamplingProfiler {
  private static final Duration PERIOD = Duration.ofMillis(20);
  private static final int TOP = 15;
  private final Recording recording;

  private SamplingProfiler(Recording recording) {
    this.recording = recording;
  }

  /** Starts sampling now, or does nothing when {@code enabled} is false. */
  public static SamplingProfiler start(boolean enabled) {
    if (!enabled) {
      return new SamplingProfiler(null);
    }
    Recording recording = new Recording();
    recording.enable("jdk.ExecutionSample").withPeriod(PERIOD);
    recording.setToDisk(true);
    recording.start();
    return new SamplingProfiler(recording);
  }

  /** Stops sampling and summarises what was sampled. */
  public Profile stop() throws IOException {
    if (recording == null) {
      return Profile.NONE;
    }
    Path file = Files.createTempFile("eventlake-bench", ".jfr");
    try {
      recording.stop();
      recording.dump(file);
      return summarise(RecordingFile.readAllEvents(file));
    } finally {
      recording.close();
      Files.deleteIfExists(file);
    }
  }

  private static Profile summarise(List<RecordedEvent> events) {
    Map<String, Long> selfMethods = new HashMap<>();
    Map<String, Long> areas = new HashMap<>();
    Map<String, Long> eventlakeMethods = new HashMap<>();
    long samples = 0;
    for (RecordedEvent event : events) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
          || event.getStackTrace().getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      String top = CodeAreas.methodName(frames.get(0));
      selfMethods.merge(top, 1L, Long::sum);
      areas.merge(CodeAreas.areaOf(frames.get(0)), 1L, Long::sum);
      eventlakeMethods.merge(CodeAreas.innermostEventlakeMethod(frames), 1L, Long::sum);
    }
    return new Profile(samples, top(selfMethods), top(areas), top(eventlakeMethods));
  }

  private static List<Hotspot> top(Map<String, Long> counts) {
    return counts.entrySet().stream().map(entry -> new Hotspot(entry.getKey(), entry.getValue()))
        .sorted(Comparator.comparingLong(Hotspot::samples).reversed().thenComparing(Hotspot::name))
        .limit(TOP).toList();
  }
}
