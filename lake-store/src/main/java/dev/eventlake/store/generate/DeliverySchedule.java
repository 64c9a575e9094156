package dev.eventlake.store.generate;

import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Splits the day range into five-minute delivery windows and apportions exactly the requested number of events
 * among them: a steady automated load plus human activity that peaks in (US and European) working hours and drops
 * at weekends, with a little seeded noise per window. Weights are recomputed on the fly, so memory stays constant.
 */
final class DeliverySchedule implements Iterable<DeliveryWindow> {

  static final int WINDOW_SECONDS = 300;
  static final int WINDOWS_PER_DAY = 288;
  /** Relative human activity per UTC hour. */
  private static final List<Double> HUMAN_RHYTHM = List.of(
      0.30, 0.22, 0.16, 0.12, 0.10, 0.12, 0.20, 0.40, 0.70, 0.95, 1.10, 1.15,
      1.25, 1.45, 1.70, 1.80, 1.80, 1.65, 1.40, 1.15, 0.90, 0.70, 0.50, 0.38);
  private static final double HUMAN_SCALE = 0.55;

  private final long seed;
  private final long events;
  private final long firstSecond;
  private final int windows;
  private final double totalWeight;

  DeliverySchedule(GeneratorConfig config) {
    this.seed = config.seed();
    this.events = config.events();
    this.firstSecond = config.firstDay().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    this.windows = Math.multiplyExact(config.days(), WINDOWS_PER_DAY);
    double sum = 0;
    for (int window = 0; window < windows; window++) {
      sum += automatedWeight(window) + humanWeight(window);
    }
    this.totalWeight = sum;
  }

  /** First second of the range (midnight UTC of the first day). */
  long firstSecond() {
    return firstSecond;
  }

  @Override
  public Iterator<DeliveryWindow> iterator() {
    return new WindowIterator();
  }

  private double automatedWeight(int window) {
    double weekend = isWeekend(window) ? 0.8 : 1.0;
    return weekend * (0.9 + 0.2 * noise(window, 1));
  }

  private double humanWeight(int window) {
    int hour = window % WINDOWS_PER_DAY / 12;
    double weekend = isWeekend(window) ? 0.15 : 1.0;
    return HUMAN_SCALE * HUMAN_RHYTHM.get(hour) * weekend * (0.75 + 0.5 * noise(window, 2));
  }

  private boolean isWeekend(int window) {
    long epochDay = Math.floorDiv(firstSecond, TimeText.SECONDS_PER_DAY) + window / WINDOWS_PER_DAY;
    return Math.floorMod(epochDay + 3, 7) >= 5;
  }

  private double noise(int window, int salt) {
    return (RandomText.mix(seed ^ RandomText.mix(window * 4L + salt)) >>> 11) * 0x1.0p-53;
  }

  /** Walks the windows in time order, keeping the running weight so that counts add up exactly. */
  private final class WindowIterator implements Iterator<DeliveryWindow> {
    private int next;
    private double cumulative;
    private long assigned;

    @Override
    public boolean hasNext() {
      return next < windows;
    }

    @Override
    public DeliveryWindow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      int window = next++;
      double automated = automatedWeight(window);
      double human = humanWeight(window);
      cumulative += automated + human;
      long boundary = next == windows ? events : (long) Math.floor(events * (cumulative / totalWeight));
      boundary = Math.min(Math.max(boundary, assigned), events);
      long count = boundary - assigned;
      assigned = boundary;
      long start = firstSecond + (long) window * WINDOW_SECONDS;
      return new DeliveryWindow(window, start, count, human / (automated + human));
    }
  }
}
