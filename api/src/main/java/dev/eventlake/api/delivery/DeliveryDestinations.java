package dev.eventlake.api.delivery;

import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;
import static dev.eventlake.store.error.ErrorCode.INVALID_S3_BUCKET_NAME;
import static dev.eventlake.store.error.ErrorCode.INVALID_S3_PREFIX;

import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and checks {@code DeliveryS3Uri} values: {@code s3://bucket[/prefix]} with a valid bucket name, or
 * {@code file:///absolute/folder} within the allowed roots, checked after normalising and again, at delivery, after
 * resolving symbolic links.
 */
final class DeliveryDestinations {
  private static final int MAXIMUM_LENGTH = 1_024;
  private static final Pattern S3 = Pattern.compile("s3://([^/]*)(?:/(.*))?", Pattern.DOTALL);
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][.\\-a-z0-9]{1,61}[a-z0-9]");

  private final List<Path> roots;

  DeliveryDestinations(List<Path> roots) {
    this.roots = roots;
  }

  /** @throws LakeException InvalidS3BucketName, InvalidS3Prefix or InvalidParameter naming what is wrong */
  DeliveryDestination parse(String uri) {
    if (uri == null || uri.isBlank() || uri.length() > MAXIMUM_LENGTH) {
      throw LakeException.of(INVALID_PARAMETER, "DeliveryS3Uri must be 1 to %d characters: s3://bucket/prefix or "
          + "file:///folder.", MAXIMUM_LENGTH);
    }
    Matcher s3 = S3.matcher(uri);
    if (s3.matches()) {
      if (!BUCKET.matcher(s3.group(1)).matches()) {
        throw LakeException.of(INVALID_S3_BUCKET_NAME, "'%s' in %s is not a valid bucket name: 3 to 63 lower-case "
            + "letters, digits, dots and hyphens, starting and ending with a letter or digit.", s3.group(1), uri);
      }
      String prefix = s3.group(2) == null ? "" : s3.group(2).replaceAll("^/+", "");
      return new DeliveryDestination.Bucket(uri, s3.group(1),
          prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/");
    }
    if (uri.startsWith("file:")) {
      return new DeliveryDestination.Folder(uri, allowedFolder(uri));
    }
    throw LakeException.of(INVALID_PARAMETER, "DeliveryS3Uri '%s' is neither s3://bucket/prefix nor file:///folder.",
        uri);
  }

  /** The real path of an existing destination folder, checked against the real roots (no symbolic-link escape). */
  Path realFolder(DeliveryDestination.Folder destination) throws IOException {
    if (!Files.isDirectory(destination.folder())) {
      throw new java.nio.file.NoSuchFileException(destination.uri(), null, "the destination folder does not exist; "
          + "create it first, as a bucket must exist before results are delivered to it");
    }
    Path real = destination.folder().toRealPath();
    boolean inside = false;
    for (Path root : roots) {
      inside |= Files.exists(root) && real.startsWith(root.toRealPath());
    }
    if (!inside) {
      throw new java.nio.file.AccessDeniedException(destination.uri(), null, "resolves outside the export roots");
    }
    return real;
  }

  private Path allowedFolder(String uri) {
    Path folder;
    try {
      folder = Path.of(new URI(uri)).toAbsolutePath().normalize();
    } catch (URISyntaxException | IllegalArgumentException malformed) {
      throw LakeException.of(INVALID_S3_PREFIX, "'%s' is not a usable file URI (%s); write file:///absolute/folder.",
          uri, malformed.getMessage());
    }
    if (roots.stream().noneMatch(folder::startsWith)) {
      throw LakeException.of(INVALID_S3_PREFIX, "%s lies outside the folders this server delivers results to (%s); "
          + "they are set with --export-root or %s.", uri, roots, DeliverySettings.EXPORT_ROOTS_VARIABLE);
    }
    return folder;
  }
}
