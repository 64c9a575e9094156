package dev.eventlake.bench.measure;

import java.util.List;

/**
 * Where Java threads spent their time in one phase, from Java Flight Recorder execution samples.
 *
 * @param samples execution samples taken
 * @param selfMethods methods that were running (top of the stack), hottest first
 * @param areas the same samples grouped by the library or module of the running method
 * @param eventlakeMethods per sample, the innermost Eventlake method on the stack (time spent in it and in the
 *     library code it called), hottest first
 */
public record Profile(long samples, List<Hotspot> selfMethods, List<Hotspot> areas, List<Hotspot> eventlakeMethods) {
  public static final Profile NONE = new Profile(0, List.of(), List.of(), List.of());

  public Profile {
    selfMethods = List.copyOf(selfMethods);
    areas = List.copyOf(areas);
    eventlakeMethods = List.copyOf(eventlakeMethods);
  }
}
