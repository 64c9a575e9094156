package dev.eventlake.store.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Parameters of one generation run: where to write, how many distinct events, over how many UTC days ending
 * on {@code lastDay}, and the seed that makes the output reproducible byte for byte.
 */
public record GeneratorConfig(Path outputDirectory, long events, int days, long seed, LocalDate lastDay) {

  /** Validates the parameters. */
  public GeneratorConfig {
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(lastDay, "lastDay");
    if (events < 0) {
      throw new IllegalArgumentException("events must be >= 0, was " + events);
    }
    if (days < 1) {
      throw new IllegalArgumentException("days must be >= 1, was " + days);
    }
    if (lastDay.getYear() < 1970 || lastDay.minusDays(days - 1L).getYear() < 1970 || lastDay.getYear() > 9999) {
      throw new IllegalArgumentException("days must lie between 1970 and 9999, was " + days + " days to " + lastDay);
    }
  }

  /** The first UTC day that receives events. */
  public LocalDate firstDay() {
    return lastDay.minusDays(days - 1L);
  }
}
