package dev.eventlake.query.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

/**
 * The results of one FINISHED query to deliver: the column labels and a cursor over the rows in CloudTrail's
 * all-strings form, plus a private folder for files staged before they are sent.
 *
 * @param queryId the query's ID
 * @param destination the {@code DeliveryS3Uri} given to StartQuery
 * @param queryEndTime when the query finished; it dates the delivery folder
 * @param labels one label per column
 * @param rows the rows, read from the query's result file as they are consumed ({@link ResultRows})
 * @param stagingDirectory an empty folder the delivery may use; it is deleted with the query
 */
public record DeliveryJob(String queryId, String destination, Instant queryEndTime, List<String> labels,
    Iterator<List<String>> rows, Path stagingDirectory) {
  public DeliveryJob {
    labels = List.copyOf(labels);
  }
}
