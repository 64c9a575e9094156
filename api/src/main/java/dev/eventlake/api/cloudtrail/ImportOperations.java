package dev.eventlake.api.cloudtrail;

import dev.eventlake.api.auth.Access;
import dev.eventlake.api.cloudtrail.ImportShapes.FailureItem;
import dev.eventlake.api.cloudtrail.ImportShapes.FailuresInput;
import dev.eventlake.api.cloudtrail.ImportShapes.FailuresOutput;
import dev.eventlake.api.cloudtrail.ImportShapes.ImportIdInput;
import dev.eventlake.api.cloudtrail.ImportShapes.ImportItem;
import dev.eventlake.api.cloudtrail.ImportShapes.ImportOutput;
import dev.eventlake.api.cloudtrail.ImportShapes.ListInput;
import dev.eventlake.api.cloudtrail.ImportShapes.ListOutput;
import dev.eventlake.api.cloudtrail.ImportShapes.S3SourceShape;
import dev.eventlake.api.cloudtrail.ImportShapes.StartInput;
import dev.eventlake.api.imports.ImportService;
import dev.eventlake.api.imports.ImportSourceLocation;
import dev.eventlake.api.imports.ImportStatus;
import dev.eventlake.api.imports.NewImport;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The import operations of section 2.4: StartImport (new or retry), GetImport, ListImports, ListImportFailures and
 * StopImport. All need the writer role (or admin): whoever runs imports can watch them.
 */
public final class ImportOperations {
  private static final Pattern STORE_REFERENCE = Pattern.compile("^[a-zA-Z0-9._/\\-:]{3,256}$");
  private final ImportService imports;

  public ImportOperations(ImportService imports) {
    this.imports = imports;
  }

  public List<Operation> operations() {
    return List.of(
        Operation.of("StartImport", Access.WRITE, StartInput.class, (input, caller) -> start(input)),
        Operation.of("GetImport", Access.WRITE, ImportIdInput.class,
            (input, caller) -> ImportOutput.of(imports.get(required(input.importId())), true)),
        Operation.of("ListImports", Access.WRITE, ListInput.class, (input, caller) -> list(input)),
        Operation.of("ListImportFailures", Access.WRITE, FailuresInput.class, (input, caller) -> failures(input)),
        Operation.of("StopImport", Access.WRITE, ImportIdInput.class,
            (input, caller) -> ImportOutput.of(imports.stop(required(input.importId())), true)));
  }

  private ImportOutput start(StartInput input) {
    if (input.importId() != null) {
      if (input.destinations() != null || input.importSource() != null || input.startEventTime() != null
          || input.endEventTime() != null) {
        throw LakeException.of(ErrorCode.INVALID_PARAMETER, "StartImport retries an import when given only its "
            + "ImportId; leave out Destinations, ImportSource, StartEventTime and EndEventTime");
      }
      return ImportOutput.of(imports.retry(input.importId()), false);
    }
    if (input.destinations() == null || input.destinations().size() != 1) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "Destinations must hold exactly one event data store "
          + "ARN or ID; got %s", input.destinations() == null ? "none" : input.destinations().size());
    }
    S3SourceShape s3 = input.importSource() == null ? null : input.importSource().s3();
    if (s3 == null || s3.s3LocationUri() == null || s3.s3LocationUri().isBlank()) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "ImportSource.S3.S3LocationUri is required: "
          + "s3://bucket/prefix or file:///absolute/path");
    }
    String destination = storeReference(input.destinations().get(0));
    NewImport request = new NewImport(destination, new ImportSourceLocation(s3.s3LocationUri(),
        s3.s3BucketRegion(), s3.s3BucketAccessRoleArn()), input.startEventTime(), input.endEventTime());
    return ImportOutput.of(imports.start(request), false);
  }

  private ListOutput list(ListInput input) {
    String destination = input.destination() == null ? null : storeReference(input.destination());
    ImportStatus status = input.importStatus() == null ? null : ImportStatus.parse(input.importStatus());
    ListPages.Page<ImportItem> page = ListPages.page(
        imports.list(destination, status).stream().map(ImportItem::of).toList(), input.nextToken(),
        input.maxResults(), "ListImports");
    return new ListOutput(page.items(), page.nextToken());
  }

  private FailuresOutput failures(FailuresInput input) {
    ListPages.Page<FailureItem> page = ListPages.page(
        imports.failures(required(input.importId())).stream().map(FailureItem::of).toList(), input.nextToken(),
        input.maxResults(), "ListImportFailures:" + input.importId());
    return new FailuresOutput(page.items(), page.nextToken());
  }

  private static String required(String importId) {
    if (importId == null || importId.isBlank()) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "ImportId is required");
    }
    return importId;
  }

  private static String storeReference(String reference) {
    if (reference == null || !STORE_REFERENCE.matcher(reference).matches()) {
      throw LakeException.of(ErrorCode.EVENT_DATA_STORE_ARN_INVALID, "'%s' is not an event data store ARN or ID",
          reference);
    }
    return reference;
  }
}
