/**
 * Delivery of query results to a {@code DeliveryS3Uri} ({@code s3://bucket/prefix} on the configured S3 endpoint, or
 * {@code file:///folder} within the allowed roots) as gzip CSV files plus a signed {@code result_sign.json}, and the
 * verification of such exports.
 */
package dev.eventlake.api.delivery;
