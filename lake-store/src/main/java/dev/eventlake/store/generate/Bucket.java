package dev.eventlake.store.generate;

import java.util.List;
import java.util.SplittableRandom;

/** An S3 bucket with its virtual-host name, the object key prefixes in use and a Zipf-skewed set of hot keys. */
record Bucket(String name, String arn, String host, List<String> prefixes, String extension,
    Weighted<String> hotKeys, boolean versioned) {

  /** A key being read or written: usually a hot one, sometimes a fresh one under a known prefix. */
  String pickKey(SplittableRandom random) {
    if (random.nextInt(4) != 0) {
      return hotKeys.pick(random);
    }
    return prefixes.get(random.nextInt(prefixes.size())) + RandomText.hex(random, 16) + extension;
  }

  /** A listing prefix. */
  String pickPrefix(SplittableRandom random) {
    return prefixes.get(random.nextInt(prefixes.size()));
  }
}
