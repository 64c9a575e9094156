package dev.eventlake.api.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.api.auth.Authenticator;
import dev.eventlake.api.auth.Caller;
import dev.eventlake.api.server.Requests;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CloudTrail control plane over AWS JSON 1.1: {@code POST /} with
 * {@code X-Amz-Target: com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.<Operation>}, signed with SigV4 for
 * service {@code cloudtrail}.
 */
public final class CloudTrailApi {
  public static final String TARGET_PREFIX = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.";
  public static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  private static final Set<String> SERVICES = Set.of("cloudtrail");

  private final Map<String, Operation> operations = new LinkedHashMap<>();
  private final Authenticator authenticator;
  private final WireJson json;

  public CloudTrailApi(Authenticator authenticator, WireJson json, List<List<Operation>> operationGroups) {
    this.authenticator = authenticator;
    this.json = json;
    operationGroups.forEach(group -> group.forEach(operation -> operations.put(operation.name(), operation)));
  }

  /** The names of the operations served, for documentation and tests. */
  public Set<String> operationNames() {
    return operations.keySet();
  }

  /** The operations served, with the access each needs, for tests. */
  public List<Operation> operations() {
    return List.copyOf(operations.values());
  }

  /** Handles one {@code POST /}. */
  public void handle(Context context) {
    byte[] body = Requests.body(context);
    Caller caller = authenticator.authenticate(Requests.signed(context, body), SERVICES, false);
    String target = context.header("X-Amz-Target");
    if (target == null || !target.startsWith(TARGET_PREFIX)) {
      throw LakeException.of(ErrorCode.UNKNOWN_OPERATION, "X-Amz-Target must be %s<Operation>; got '%s'",
          TARGET_PREFIX, target);
    }
    String name = target.substring(TARGET_PREFIX.length());
    Operation operation = operations.get(name);
    if (operation == null) {
      throw LakeException.of(ErrorCode.UNKNOWN_OPERATION, "operation %s is not supported by this server", name);
    }
    Authenticator.authorize(caller, operation.access(), name);
    JsonNode input = json.parse(body);
    Object output = operation.handler().apply(json.bind(input, operation.inputType(), name), caller);
    context.status(200).contentType(CONTENT_TYPE).result(json.write(output));
  }
}
