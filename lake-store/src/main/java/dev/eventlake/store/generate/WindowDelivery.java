package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Delivers one window's records into log files the way a trail does: one file per account and region (split after
 * {@link #MAX_RECORDS_PER_FILE}), under {@code AWSLogs/<account>/CloudTrail/<region>/<YYYY>/<MM>/<DD>/}, named
 * {@code <account>_CloudTrail_<region>_<stamp>_<16 random>.json.gz}. A record marked for redelivery closes its file
 * and is copied, unchanged, to the start of the next file of the same account and region.
 */
final class WindowDelivery {

  static final int MAX_RECORDS_PER_FILE = 5_000;

  private final Path logsRoot;
  private final List<Account> accounts;
  private final JsonFactory factory;
  private final int compressionLevel;
  private final SplittableRandom random;
  private final String stamp;
  private final LogFile[] open;
  private final List<List<String>> redeliveries = new ArrayList<>();
  private long files;
  private long bytes;

  WindowDelivery(Path outputDirectory, List<Account> accounts, JsonFactory factory, int compressionLevel,
      DeliveryWindow window, SplittableRandom random) {
    this.logsRoot = outputDirectory.resolve("AWSLogs");
    this.accounts = accounts;
    this.factory = factory;
    this.compressionLevel = compressionLevel;
    this.random = random;
    this.stamp = TimeText.fileStamp(window.deliverySecond());
    this.open = new LogFile[accounts.size() * Regions.count()];
    for (int stream = 0; stream < open.length; stream++) {
      redeliveries.add(new ArrayList<>());
    }
  }

  /** The stream (account and region) an event is delivered on. */
  static int stream(EventDraft event) {
    return event.call().account().index() * Regions.count() + event.call().resources().regionIndex();
  }

  /** The open file of a stream, opening (or, when full, rolling over to) a new one as needed. */
  LogFile fileFor(int stream) throws IOException {
    LogFile file = open[stream];
    if (file != null && file.records() >= MAX_RECORDS_PER_FILE) {
      finish(stream);
      file = null;
    }
    if (file == null) {
      file = openFile(stream);
      open[stream] = file;
    }
    return file;
  }

  /** Closes the stream's current file and queues an exact copy of {@code record} for its next file. */
  void redeliver(int stream, String record) throws IOException {
    redeliveries.get(stream).add(record);
    if (open[stream] != null) {
      finish(stream);
    }
  }

  /** Finishes every open file, then delivers copies still queued in files of their own. */
  void finish() throws IOException {
    for (int stream = 0; stream < open.length; stream++) {
      if (open[stream] != null) {
        finish(stream);
      }
      if (!redeliveries.get(stream).isEmpty()) {
        open[stream] = openFile(stream);
        finish(stream);
      }
    }
  }

  /** Discards every open file after a failure. */
  void abandon() {
    for (int stream = 0; stream < open.length; stream++) {
      if (open[stream] != null) {
        open[stream].discard();
        open[stream] = null;
      }
    }
  }

  long files() {
    return files;
  }

  long bytes() {
    return bytes;
  }

  private LogFile openFile(int stream) throws IOException {
    String accountId = accounts.get(stream / Regions.count()).id();
    String region = Regions.NAMES.get(stream % Regions.count());
    Path directory = logsRoot.resolve(accountId).resolve("CloudTrail").resolve(region)
        .resolve(stamp.substring(0, 4)).resolve(stamp.substring(4, 6)).resolve(stamp.substring(6, 8));
    Files.createDirectories(directory);
    String name = accountId + "_CloudTrail_" + region + "_" + stamp + "_"
        + RandomText.of(random, RandomText.ALPHANUMERIC, 16) + ".json.gz";
    LogFile file = new LogFile(factory, directory.resolve(name), compressionLevel);
    List<String> pending = redeliveries.get(stream);
    for (String record : pending) {
      file.json().writeRawValue(record);
      file.recordWritten();
    }
    pending.clear();
    return file;
  }

  private void finish(int stream) throws IOException {
    bytes += open[stream].finish();
    files++;
    open[stream] = null;
  }
}
