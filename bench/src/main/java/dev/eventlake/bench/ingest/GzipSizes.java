package dev.eventlake.bench.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Uncompressed sizes of gzip files, read from their trailers (ISIZE, the last four bytes) without inflating. */
final class GzipSizes {
  private GzipSizes() {}

  /** The largest uncompressed size among the {@code .gz} files under {@code root}. */
  static long largestUncompressed(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".gz")).mapToLong(GzipSizes::uncompressed)
          .max().orElse(0);
    }
  }

  private static long uncompressed(Path file) {
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer trailer = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
      channel.read(trailer, channel.size() - 4);
      return Integer.toUnsignedLong(trailer.getInt(0));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
