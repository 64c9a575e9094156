package dev.eventlake.api.imports;

/**
 * Where an import reads from, as StartImport's {@code ImportSource.S3} gives it: {@code s3://bucket/prefix} or, an
 * Eventlake extension, {@code file:///absolute/path}. The bucket region and role are kept and echoed; the role is
 * not assumed (credentials come from the server's S3 settings).
 */
public record ImportSourceLocation(String uri, String bucketRegion, String accessRoleArn) {}
