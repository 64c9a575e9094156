package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Reads generated trails back for tests: lists files, and splits each file into its exact record texts. */
final class TrailReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TrailReader() {}

  /** Every regular file below {@code root}, sorted, as paths relative to it. */
  static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  /** All records of all {@code .json.gz} files below {@code root}, file by file, in file order. */
  static List<TrailRecord> records(Path root) throws IOException {
    List<TrailRecord> records = new ArrayList<>();
    for (Path relative : files(root)) {
      if (relative.toString().endsWith(".json.gz")) {
        records.addAll(records(root, relative));
      }
    }
    return records;
  }

  /** The records of one file, each with its raw text exactly as written. */
  static List<TrailRecord> records(Path root, Path relative) throws IOException {
    String text = decompress(root.resolve(relative));
    List<TrailRecord> records = new ArrayList<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
      expect(parser, JsonToken.START_OBJECT);
      expect(parser, JsonToken.FIELD_NAME);
      if (!"Records".equals(parser.currentName())) {
        throw new IOException("expected Records, found " + parser.currentName() + " in " + relative);
      }
      expect(parser, JsonToken.START_ARRAY);
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        parser.skipChildren();
        int end = (int) parser.currentLocation().getCharOffset();
        String raw = text.substring(start, end);
        records.add(new TrailRecord(relative, records.size(), raw, MAPPER.readTree(raw)));
      }
      if (token != JsonToken.END_ARRAY) {
        throw new IOException("expected a record or the end of Records, found " + token + " in " + relative);
      }
      expect(parser, JsonToken.END_OBJECT);
    }
    return records;
  }

  static String decompress(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void expect(JsonParser parser, JsonToken token) throws IOException {
    JsonToken actual = parser.nextToken();
    if (actual != token) {
      throw new IOException("expected " + token + " but found " + actual);
    }
  }
}
