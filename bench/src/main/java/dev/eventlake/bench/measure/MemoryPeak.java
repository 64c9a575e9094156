package dev.eventlake.bench.measure;

/**
 * The highest memory use seen during one phase. Both engines share the process, so the resident set includes the
 * JVM as a whole; {@code rssAtStartBytes} says what was already resident when the phase began.
 *
 * @param heapBytes peak Java heap in use (sampled)
 * @param rssBytes peak resident set size of the process (sampled; -1 where /proc is not available)
 * @param rssAtStartBytes resident set size when the phase began (-1 where /proc is not available)
 */
public record MemoryPeak(long heapBytes, long rssBytes, long rssAtStartBytes) {}
