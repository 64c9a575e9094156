package dev.eventlake.store.event;

import java.time.Instant;
import java.util.Map;

/** The {@code userIdentity} struct of a CloudTrail record; unknown members survive only in {@code eventJson}. */
public record UserIdentity(
    String type,
    String principalId,
    String arn,
    String accountId,
    String accessKeyId,
    String userName,
    SessionContext sessionContext,
    String invokedBy,
    String identityProvider,
    String credentialId,
    OnBehalfOf onBehalfOf,
    InScopeOf inScopeOf) {

  /** {@code userIdentity.sessionContext}: how and when temporary credentials were issued. */
  public record SessionContext(
      SessionAttributes attributes,
      SessionIssuer sessionIssuer,
      WebIdFederationData webIdFederationData,
      String sourceIdentity,
      String ec2RoleDelivery,
      String ec2IssuedInVPC) {}

  /** {@code sessionContext.attributes}. */
  public record SessionAttributes(Instant creationDate, String mfaAuthenticated) {}

  /** {@code sessionContext.sessionIssuer}: the role or user that issued the session. */
  public record SessionIssuer(String type, String principalId, String arn, String accountId, String userName) {}

  /** {@code sessionContext.webIdFederationData}. */
  public record WebIdFederationData(String federatedProvider, Map<String, String> attributes) {}

  /** {@code userIdentity.onBehalfOf} (IAM Identity Center). */
  public record OnBehalfOf(String userId, String identityStoreArn) {}

  /** {@code userIdentity.inScopeOf}. */
  public record InScopeOf(String sourceArn, String sourceAccount, String issuerType, String credentialsIssuedTo) {}
}
