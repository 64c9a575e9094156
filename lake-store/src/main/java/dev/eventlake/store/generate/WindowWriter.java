package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * Generates and writes the events of one delivery window. Windows are independent (each draws from its own
 * random source, derived from the seed and the window index), so they can run in parallel and still produce
 * byte-identical files.
 */
final class WindowWriter implements Callable<WindowWriter.Result> {

  /** What one window wrote. */
  record Result(long files, long bytes) {}

  private final GeneratorConfig config;
  private final EventFactory events;
  private final JsonFactory jsonFactory;
  private final int compressionLevel;
  private final DeliveryWindow window;
  private final long rangeStart;

  WindowWriter(GeneratorConfig config, EventFactory events, JsonFactory jsonFactory, int compressionLevel,
      DeliveryWindow window, long rangeStart) {
    this.config = config;
    this.events = events;
    this.jsonFactory = jsonFactory;
    this.compressionLevel = compressionLevel;
    this.window = window;
    this.rangeStart = rangeStart;
  }

  @Override
  public Result call() throws IOException {
    SplittableRandom random = new SplittableRandom(RandomText.mix(config.seed() ^ RandomText.mix(window.index())));
    Path output = config.outputDirectory();
    WindowDelivery delivery =
        new WindowDelivery(output, events.accounts(), jsonFactory, compressionLevel, window, random);
    RecordWriter writer = new RecordWriter(jsonFactory);
    try {
      for (long ordinal = 0; ordinal < window.events(); ordinal++) {
        writeEvent(events.create(random, window.eventSecond(ordinal, random, rangeStart), window.humanShare()),
            random, delivery, writer);
      }
      delivery.finish();
    } catch (IOException | RuntimeException failure) {
      delivery.abandon();
      throw failure;
    }
    return new Result(delivery.files(), delivery.bytes());
  }

  private static void writeEvent(EventDraft event, SplittableRandom random, WindowDelivery delivery,
      RecordWriter writer) throws IOException {
    int stream = WindowDelivery.stream(event);
    LogFile file = delivery.fileFor(stream);
    if (random.nextInt(EventGenerator.DUPLICATE_ONE_IN) == 0) {
      String record = writer.writeToString(event);
      file.json().writeRawValue(record);
      file.recordWritten();
      delivery.redeliver(stream, record);
    } else {
      writer.write(file.json(), event);
      file.recordWritten();
    }
  }
}
