package dev.eventlake.store.channel;

import static dev.eventlake.store.error.ErrorCode.DUPLICATED_AUDIT_EVENT_ID;
import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;

import dev.eventlake.store.error.LakeException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks of a PutAuditEvents request as a whole. A list that is empty, longer than 100, or holds a null entry or
 * a malformed {@code id} is an InvalidParameterException (the model's validation error, which cloudtrail-data has no
 * own name for); two entries sharing an {@code id} are a DuplicatedAuditEventId.
 */
final class AuditRequests {
  /** The most events one PutAuditEvents call may carry. */
  static final int MAXIMUM_EVENTS = 100;
  private static final int MAXIMUM_ID_LENGTH = 128;
  private static final Pattern ID = Pattern.compile("^[-_A-Za-z0-9]+$");

  private AuditRequests() {}

  static void requireValid(List<AuditEventInput> events) {
    if (events == null || events.isEmpty() || events.size() > MAXIMUM_EVENTS) {
      throw LakeException.of(INVALID_PARAMETER, "auditEvents must hold 1 to %d events; got %d. Send larger batches "
          + "in several calls.", MAXIMUM_EVENTS, events == null ? 0 : events.size());
    }
    Set<String> ids = new HashSet<>();
    for (AuditEventInput event : events) {
      if (event == null) {
        throw LakeException.of(INVALID_PARAMETER, "auditEvents holds a null entry; remove it.");
      }
      String id = event.id();
      if (id == null || id.isEmpty() || id.length() > MAXIMUM_ID_LENGTH || !ID.matcher(id).matches()) {
        throw LakeException.of(INVALID_PARAMETER, "Audit event id '%s' is not valid: every event needs an id of 1 to "
            + "%d characters from letters, digits, '-' and '_'.", id, MAXIMUM_ID_LENGTH);
      }
      if (!ids.add(id)) {
        throw LakeException.of(DUPLICATED_AUDIT_EVENT_ID, "Two audit events have the id '%s'; give each event of a "
            + "request its own id.", id);
      }
    }
  }
}
