package dev.eventlake.api.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes result rows as gzip CSV files {@code result_1.csv.gz}, {@code result_2.csv.gz}, … into a staging folder,
 * each with the header row; a new file starts once the current one holds {@code maxFileBytes} of CSV. An empty
 * result is one file with the header alone.
 */
final class CsvResultFiles {
  private CsvResultFiles() {}

  static List<StagedFile> write(Path staging, List<String> labels, Iterator<List<String>> rows, long maxFileBytes)
      throws IOException {
    byte[] header = CsvLines.line(labels).getBytes(StandardCharsets.UTF_8);
    List<StagedFile> files = new ArrayList<>();
    do {
      files.add(writeOne(staging, ExportLayout.resultFile(files.size() + 1), header, rows, maxFileBytes));
    } while (rows.hasNext());
    return files;
  }

  private static StagedFile writeOne(Path staging, String name, byte[] header, Iterator<List<String>> rows,
      long maxFileBytes) throws IOException {
    Path path = staging.resolve(name);
    MessageDigest digest = sha256();
    try (OutputStream file = Files.newOutputStream(path);
        DigestOutputStream hashed = new DigestOutputStream(file, digest);
        GZIPOutputStream gzip = new GZIPOutputStream(hashed, 64 << 10)) {
      gzip.write(header);
      long written = header.length;
      boolean first = true;
      while (rows.hasNext() && (first || written < maxFileBytes)) {
        byte[] line = CsvLines.line(rows.next()).getBytes(StandardCharsets.UTF_8);
        gzip.write(line);
        written += line.length;
        first = false;
      }
    }
    return new StagedFile(name, path, HexFormat.of().formatHex(digest.digest()));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
