package dev.eventlake.store.ingest;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.ingest.LogFileScanner.LogFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What an import read since its last commit; sources in a set, as a batch can hold 100,000 small files. */
final class ImportBatch {
  final List<CloudTrailEvent> events = new ArrayList<>();
  final Set<String> sources = new LinkedHashSet<>();
  final List<LogFile> files = new ArrayList<>();
}
