package dev.eventlake.bench.measure;

import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedFrame;

/** Names sampled frames and sorts them into areas of code (Parquet, compression, Calcite, JSON, Eventlake …). */
final class CodeAreas {
  /** Class-name prefixes and the area they belong to, most specific first. */
  private static final List<Map.Entry<String, String>> AREAS = List.of(
      Map.entry("org.apache.parquet.", "Parquet encoding/decoding"),
      Map.entry("shaded.parquet.", "Parquet encoding/decoding"),
      Map.entry("com.github.luben.zstd.", "ZSTD compression"),
      Map.entry("org.apache.hadoop.", "Hadoop codec glue"),
      Map.entry("org.codehaus.", "Janino (compiling generated code)"),
      Map.entry("org.apache.calcite.", "Calcite (planning and execution)"),
      Map.entry("Baz", "Calcite generated code"),
      Map.entry("com.fasterxml.jackson.", "Jackson (JSON)"),
      Map.entry("java.util.zip.", "gzip inflate/deflate"),
      Map.entry("dev.eventlake.", "Eventlake code"),
      Map.entry("java.", "JDK (collections, strings, I/O)"),
      Map.entry("jdk.", "JDK (collections, strings, I/O)"),
      Map.entry("sun.", "JDK (collections, strings, I/O)"));

  private CodeAreas() {}

  static String methodName(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  static String areaOf(RecordedFrame frame) {
    String type = frame.getMethod().getType().getName();
    for (Map.Entry<String, String> area : AREAS) {
      if (type.startsWith(area.getKey())) {
        return area.getValue();
      }
    }
    return "other";
  }

  /** The first Eventlake method from the top of the stack, or "(no Eventlake frame)". */
  static String innermostEventlakeMethod(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      if (frame.getMethod().getType().getName().startsWith("dev.eventlake.")) {
        return methodName(frame);
      }
    }
    return "(no Eventlake frame)";
  }
}
