package dev.eventlake.store.generate;

import java.util.SplittableRandom;

/**
 * One five-minute delivery window: its index from the first day's midnight, start second, the number of distinct
 * events whose delivery falls in it, and the share of those made by people rather than automation.
 */
record DeliveryWindow(int index, long startSecond, long events, double humanShare) {

  /** The delivery stamp of this window's files: its end, kept inside its own UTC day (the last one is 23:59). */
  long deliverySecond() {
    long end = startSecond + DeliverySchedule.WINDOW_SECONDS;
    long dayEnd = (Math.floorDiv(startSecond, TimeText.SECONDS_PER_DAY) + 1) * TimeText.SECONDS_PER_DAY;
    return Math.min(end, dayEnd - 60);
  }

  /**
   * The time of the {@code ordinal}-th event of this window: spread evenly with jitter, so a file is sorted roughly
   * but not strictly; about 1.5% arrive late from the previous minutes. Never before {@code rangeStart}.
   */
  long eventSecond(long ordinal, SplittableRandom random, long rangeStart) {
    long second = startSecond + (long) ((ordinal + random.nextDouble()) * DeliverySchedule.WINDOW_SECONDS / events);
    double draw = random.nextDouble();
    if (draw < 0.015) {
      second = startSecond - 1 - random.nextInt(DeliverySchedule.WINDOW_SECONDS);
    } else if (draw < 0.10) {
      second -= 1 + random.nextInt(4);
    }
    return Math.max(second, rangeStart);
  }
}
