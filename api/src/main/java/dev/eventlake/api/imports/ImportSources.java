package dev.eventlake.api.imports;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Turns an import's {@code S3LocationUri} into an open, checked {@link LogSource}: {@code s3://} or {@code file://}. */
final class ImportSources {
  private final ImportRoots roots;
  private final S3Settings s3;

  ImportSources(List<Path> roots, S3Settings s3) {
    this.roots = new ImportRoots(roots);
    this.s3 = s3;
  }

  /** Opens the source; a bad URI, a missing bucket or folder, or one outside the roots is an InvalidImportSource. */
  LogSource open(ImportSourceLocation source) {
    String text = source.uri().trim();
    String scheme = text.contains(":") ? text.substring(0, text.indexOf(':')).toLowerCase(Locale.ROOT) : "";
    return switch (scheme) {
      case "s3" -> S3LogSource.open(S3Clients.create(s3, source.bucketRegion()), S3Location.parse(text),
          s3.describeEndpoint());
      case "file" -> new FileLogSource(roots.resolve(uri(text)), roots);
      default -> throw LakeException.of(ErrorCode.INVALID_IMPORT_SOURCE, "S3LocationUri '%s' must be "
          + "s3://bucket/prefix or file:///absolute/path", text);
    };
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException malformed) {
      throw LakeException.of(ErrorCode.INVALID_IMPORT_SOURCE, "'%s' is not a valid URI: %s", text,
          malformed.getMessage());
    }
  }
}
