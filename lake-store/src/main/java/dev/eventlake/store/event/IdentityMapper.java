package dev.eventlake.store.event;

import static dev.eventlake.store.event.JsonValues.member;
import static dev.eventlake.store.event.JsonValues.object;
import static dev.eventlake.store.event.JsonValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.store.event.UserIdentity.InScopeOf;
import dev.eventlake.store.event.UserIdentity.OnBehalfOf;
import dev.eventlake.store.event.UserIdentity.SessionAttributes;
import dev.eventlake.store.event.UserIdentity.SessionContext;
import dev.eventlake.store.event.UserIdentity.SessionIssuer;
import dev.eventlake.store.event.UserIdentity.WebIdFederationData;

/** Maps the {@code userIdentity} struct, matching member names case-insensitively as real records vary. */
final class IdentityMapper {
  private final EventJson json;

  IdentityMapper(EventJson json) {
    this.json = json;
  }

  UserIdentity userIdentity(JsonNode node) {
    JsonNode identity = object(node);
    if (identity == null) {
      return null;
    }
    return new UserIdentity(text(member(identity, "type")), text(member(identity, "principalId")),
        text(member(identity, "arn")), text(member(identity, "accountId")),
        text(member(identity, "accessKeyId")), text(member(identity, "userName")),
        sessionContext(member(identity, "sessionContext")), text(member(identity, "invokedBy")),
        text(member(identity, "identityProvider")), text(member(identity, "credentialId")),
        onBehalfOf(member(identity, "onBehalfOf")), inScopeOf(member(identity, "inScopeOf")));
  }

  private SessionContext sessionContext(JsonNode node) {
    JsonNode context = object(node);
    if (context == null) {
      return null;
    }
    return new SessionContext(attributes(member(context, "attributes")),
        issuer(member(context, "sessionIssuer")), webIdentity(member(context, "webIdFederationData")),
        text(member(context, "sourceIdentity")), text(member(context, "ec2RoleDelivery")),
        text(member(context, "ec2IssuedInVPC")));
  }

  private static SessionAttributes attributes(JsonNode node) {
    JsonNode attributes = object(node);
    if (attributes == null) {
      return null;
    }
    return new SessionAttributes(JsonValues.instant(member(attributes, "creationDate")),
        text(member(attributes, "mfaAuthenticated")));
  }

  private static SessionIssuer issuer(JsonNode node) {
    JsonNode issuer = object(node);
    if (issuer == null) {
      return null;
    }
    return new SessionIssuer(text(member(issuer, "type")), text(member(issuer, "principalId")),
        text(member(issuer, "arn")), text(member(issuer, "accountId")), text(member(issuer, "userName")));
  }

  private WebIdFederationData webIdentity(JsonNode node) {
    JsonNode federation = object(node);
    if (federation == null) {
      return null;
    }
    return new WebIdFederationData(text(member(federation, "federatedProvider")),
        JsonValues.stringMap(member(federation, "attributes"), json));
  }

  private static OnBehalfOf onBehalfOf(JsonNode node) {
    JsonNode value = object(node);
    return value == null ? null
        : new OnBehalfOf(text(member(value, "userId")), text(member(value, "identityStoreArn")));
  }

  private static InScopeOf inScopeOf(JsonNode node) {
    JsonNode value = object(node);
    return value == null ? null
        : new InScopeOf(text(member(value, "sourceArn")), text(member(value, "sourceAccount")),
            text(member(value, "issuerType")), text(member(value, "credentialsIssuedTo")));
  }
}
