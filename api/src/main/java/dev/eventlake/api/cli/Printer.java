package dev.eventlake.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.function.Function;

/** Prints a command's result either as JSON (for scripts and checks) or as readable text. */
final class Printer {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Printer() {}

  static <T> void print(PrintWriter out, OutputFormat format, T value, Function<T, String> asText) {
    if (format == OutputFormat.json) {
      try {
        out.println(JSON.writeValueAsString(value));
      } catch (JsonProcessingException impossible) {
        throw new IllegalStateException(impossible);
      }
    } else {
      out.println(asText.apply(value));
    }
    out.flush();
  }

  static ObjectMapper json() {
    return JSON;
  }
}
