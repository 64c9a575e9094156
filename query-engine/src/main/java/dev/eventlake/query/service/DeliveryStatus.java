package dev.eventlake.query.service;

/**
 * Where the delivery of a query's results to its {@code DeliveryS3Uri} stands, with CloudTrail's names: PENDING until
 * the query ends and its files are written, then SUCCESS or what went wrong.
 */
public enum DeliveryStatus {
  /** Result files and sign file are written. */
  SUCCESS,
  /** Writing the result files failed; the query's message says why. */
  FAILED,
  /** The result files were written but the sign file was not. */
  FAILED_SIGNING_FILE,
  /** The query has not ended yet, or its files are being written. */
  PENDING,
  /** The bucket or folder does not exist. */
  RESOURCE_NOT_FOUND,
  /** The destination refused the result files. */
  ACCESS_DENIED,
  /** The destination took the result files but refused the sign file. */
  ACCESS_DENIED_SIGNING_FILE,
  /** The query was cancelled, so nothing is delivered. */
  CANCELLED,
  /** The outcome is not known. */
  UNKNOWN
}
