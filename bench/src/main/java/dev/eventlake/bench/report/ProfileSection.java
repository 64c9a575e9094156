package dev.eventlake.bench.report;

import static dev.eventlake.bench.report.Formats.count;
import static dev.eventlake.bench.report.Formats.decimal;

import dev.eventlake.bench.measure.Hotspot;
import dev.eventlake.bench.measure.Profile;
import java.util.List;

/** A profile of one phase: samples by area of code, hottest running methods, hottest Eventlake methods. */
final class ProfileSection {
  private ProfileSection() {}

  static void write(Markdown markdown, String phase, Profile profile) {
    markdown.heading(3, "Profile: " + phase);
    if (profile.samples() == 0) {
      markdown.paragraph("No samples (profiling off).");
      return;
    }
    markdown.paragraph(count(profile.samples()) + " Java Flight Recorder execution samples (every 20 ms per "
        + "running Java thread).");
    table(markdown, "Area of the running method", profile.areas(), profile.samples());
    table(markdown, "Running method (self time)", profile.selfMethods(), profile.samples());
    table(markdown, "Innermost Eventlake method on the stack (itself and the library code it called)",
        profile.eventlakeMethods(), profile.samples());
  }

  private static void table(Markdown markdown, String title, List<Hotspot> hotspots, long total) {
    markdown.table(List.of(title, " Samples", " Share"), hotspots.stream().map(hotspot -> List.of(
        "`" + hotspot.name() + "`", count(hotspot.samples()), decimal(hotspot.percentOf(total), 1) + " %"))
        .toList());
  }
}
