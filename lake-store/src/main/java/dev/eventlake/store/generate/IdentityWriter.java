package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes {@code userIdentity}: IAM users (access key, or console session with sessionContext), assumed roles with
 * their session issuer, root, AWS services ({@code invokedBy}), and the bare form of AWS service events.
 */
final class IdentityWriter {

  private final TimeText creationTimes = new TimeText();

  void write(JsonGenerator json, CallContext call) throws IOException {
    Principal principal = call.principal();
    json.writeObjectFieldStart("userIdentity");
    if (call.operation().kind() == EventKind.SERVICE_EVENT) {
      json.writeStringField("accountId", call.accountId());
      json.writeStringField("invokedBy", "AWS Internal");
    } else {
      switch (principal.kind()) {
        case IAM_USER -> user(json, call, principal);
        case ASSUMED_ROLE -> assumedRole(json, call, principal);
        case ROOT -> root(json, call, principal);
        case AWS_SERVICE -> {
          json.writeStringField("type", principal.kind().typeName());
          json.writeStringField("invokedBy", principal.invokedBy());
        }
      }
    }
    json.writeEndObject();
  }

  private void user(JsonGenerator json, CallContext call, Principal principal) throws IOException {
    boolean signIn = call.operation().kind() == EventKind.SIGN_IN;
    boolean console = !signIn && call.agent().console();
    json.writeStringField("type", principal.kind().typeName());
    json.writeStringField("principalId", principal.principalId());
    json.writeStringField("arn", principal.arn());
    json.writeStringField("accountId", principal.account().id());
    if (!signIn) {
      json.writeStringField("accessKeyId", console ? principal.consoleKeyId() : principal.accessKeyId());
    }
    json.writeStringField("userName", principal.userName());
    if (console) {
      sessionContext(json, call, principal, false);
    }
  }

  private void root(JsonGenerator json, CallContext call, Principal principal) throws IOException {
    boolean signIn = call.operation().kind() == EventKind.SIGN_IN;
    json.writeStringField("type", principal.kind().typeName());
    json.writeStringField("principalId", principal.principalId());
    json.writeStringField("arn", principal.arn());
    json.writeStringField("accountId", principal.account().id());
    json.writeStringField("accessKeyId", signIn ? "" : principal.consoleKeyId());
    if (!signIn) {
      sessionContext(json, call, principal, false);
    }
  }

  private void assumedRole(JsonGenerator json, CallContext call, Principal principal) throws IOException {
    json.writeStringField("type", principal.kind().typeName());
    json.writeStringField("principalId", principal.principalId());
    json.writeStringField("arn", principal.arn());
    json.writeStringField("accountId", principal.account().id());
    json.writeStringField("accessKeyId", principal.accessKeyId());
    sessionContext(json, call, principal, true);
  }

  private void sessionContext(JsonGenerator json, CallContext call, Principal principal, boolean withIssuer)
      throws IOException {
    RoleSession session = principal.session();
    json.writeObjectFieldStart("sessionContext");
    json.writeObjectFieldStart("sessionIssuer");
    if (withIssuer) {
      json.writeStringField("type", "Role");
      json.writeStringField("principalId", session.rolePrincipalId());
      json.writeStringField("arn", session.roleArn());
      json.writeStringField("accountId", principal.account().id());
      json.writeStringField("userName", session.roleName());
    }
    json.writeEndObject();
    JsonParts.emptyObject(json, "webIdFederationData");
    json.writeObjectFieldStart("attributes");
    json.writeStringField("creationDate", creationTimes.iso(principal.sessionStart(call.epochSecond())));
    json.writeStringField("mfaAuthenticated", principal.mfa() ? "true" : "false");
    json.writeEndObject();
    if (withIssuer && session.ec2Instance()) {
      json.writeStringField("ec2RoleDelivery", "2.0");
    }
    json.writeEndObject();
  }
}
