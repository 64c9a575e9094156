package dev.eventlake.api.ingestion;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.eventlake.api.auth.Access;
import dev.eventlake.api.auth.Authenticator;
import dev.eventlake.api.auth.Caller;
import dev.eventlake.api.server.Requests;
import dev.eventlake.store.Lake;
import dev.eventlake.store.channel.AuditEventInput;
import dev.eventlake.store.channel.PutAuditEventsResult;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The CloudTrail Data plane: {@code POST /PutAuditEvents?channelArn=…} (REST-JSON, SigV4 for service
 * {@code cloudtrail-data}), at most 100 events and 1 MB per request; answers once accepted events are durable.
 */
public final class PutAuditEventsApi {
  static final int MAXIMUM_REQUEST_BYTES = 1 << 20;
  private static final Set<String> SERVICES = Set.of("cloudtrail-data");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private final Authenticator authenticator;
  private final Lake lake;

  public PutAuditEventsApi(Authenticator authenticator, Lake lake) {
    this.authenticator = authenticator;
    this.lake = lake;
  }

  /** The request body. */
  record Request(List<AuditEventInput> auditEvents) {}

  /** An accepted event: the caller's {@code id} and the {@code eventID} the lake gave it. */
  record Accepted(String id, String eventID) {}

  /** A rejected event and why. */
  record Failed(String id, String errorCode, String errorMessage) {}

  /** The response body. */
  record Response(List<Accepted> successful, List<Failed> failed) {}

  /** Handles one {@code POST /PutAuditEvents}. */
  public void handle(Context context) throws IOException {
    byte[] body = Requests.body(context);
    Caller caller = authenticator.authenticate(Requests.signed(context, body), SERVICES, false);
    Authenticator.authorize(caller, Access.WRITE, "PutAuditEvents");
    if (body.length > MAXIMUM_REQUEST_BYTES) {
      throw LakeException.of(ErrorCode.REQUEST_TOO_LARGE, "a PutAuditEvents request may carry at most 1 MB; this "
          + "one has %d bytes. Send fewer events per request", body.length);
    }
    String channel = context.queryParam("channelArn");
    if (channel == null || channel.isBlank()) {
      throw LakeException.of(ErrorCode.INVALID_CHANNEL_ARN, "the channelArn query parameter is required");
    }
    Request request = parse(body);
    if (request.auditEvents() == null) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "auditEvents is required: a list of 1 to 100 events");
    }
    PutAuditEventsResult result = lake.putAuditEvents(channel, request.auditEvents(), caller.region());
    Response response = new Response(
        result.successful().stream().map(accepted -> new Accepted(accepted.id(), accepted.eventId())).toList(),
        result.failed().stream().map(failed -> new Failed(failed.id(), failed.errorCode().wireName(),
            failed.errorMessage())).toList());
    context.status(200).contentType("application/json").result(JSON.writeValueAsBytes(response));
  }

  private static Request parse(byte[] body) {
    try {
      return JSON.readValue(body, Request.class);
    } catch (UnrecognizedPropertyException unknown) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "unknown member '%s' in the PutAuditEvents request",
          unknown.getPropertyName());
    } catch (JsonProcessingException failure) {
      throw LakeException.of(ErrorCode.SERIALIZATION, "the PutAuditEvents body is not valid: %s",
          failure.getOriginalMessage());
    } catch (IOException failure) {
      throw new java.io.UncheckedIOException(failure);
    }
  }
}
