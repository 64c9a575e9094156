package dev.eventlake.api.delivery;

import java.nio.file.Path;

/**
 * A result file written to the staging folder, ready to be sent.
 *
 * @param name its name in the delivery folder, e.g. {@code result_1.csv.gz}
 * @param path where it is staged
 * @param sha256 the hex SHA-256 of its (compressed) bytes
 */
record StagedFile(String name, Path path, String sha256) {}
