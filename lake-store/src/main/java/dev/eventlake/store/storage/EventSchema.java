package dev.eventlake.store.storage;

import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * The Parquet schema of every store's files: the Lake columns of the user guide, camel-cased as in the records
 * (queries match names case-insensitively). It is the superset of the CloudTrail-events columns and the
 * ActivityAuditLog ones ({@code metadata}, {@code eventData}); {@link CategorySchemas} picks the columns a store's
 * table shows. The {@code event_date} partition lives in the path only.
 */
public final class EventSchema {
  /**
   * Columns with (nearly) one distinct value per event: no dictionary. It would only be discarded, or for eventTime
   * (a few events share a second) kept and expanded into a set by every reader that tests a row group against a time
   * range.
   */
  public static final String[] UNIQUE_COLUMNS = {"eventID", "requestID", "eventJson", "eventJsonChecksum",
    "eventTime"};
  /**
   * Columns no filter prunes by range: no min/max statistics, which cost a comparison of every value (whole records,
   * for eventJson) while writing and only swell the footer every query reads.
   */
  public static final String[] UNFILTERED_COLUMNS = {"eventJson", "eventJsonChecksum"};
  /** High-cardinality lookup columns that get bloom filters. */
  public static final String[] BLOOM_FILTER_COLUMNS = {
    "eventID", "userIdentity.accessKeyId", "userIdentity.arn", "sourceIPAddress"
  };

  public static final MessageType SCHEMA = MessageTypeParser.parseMessageType("message cloudtrail_event {"
      + string("eventVersion")
      + "optional group userIdentity {"
      + strings("type", "principalId", "arn", "accountId", "accessKeyId", "userName")
      + "  optional group sessionContext {"
      + "    optional group attributes {"
      + "      optional int64 creationDate (TIMESTAMP(MILLIS,true));"
      + string("mfaAuthenticated")
      + "    }"
      + "    optional group sessionIssuer {" + strings("type", "principalId", "arn", "accountId", "userName") + "}"
      + "    optional group webIdFederationData {" + string("federatedProvider") + map("attributes") + "}"
      + strings("sourceIdentity", "ec2RoleDelivery", "ec2IssuedInVPC")
      + "  }"
      + strings("invokedBy", "identityProvider", "credentialId")
      + "  optional group onBehalfOf {" + strings("userId", "identityStoreArn") + "}"
      + "  optional group inScopeOf {"
      + strings("sourceArn", "sourceAccount", "issuerType", "credentialsIssuedTo") + "}"
      + "}"
      + "required int64 eventTime (TIMESTAMP(MILLIS,true));"
      + strings("eventSource", "eventName", "awsRegion", "sourceIPAddress", "userAgent", "errorCode",
          "errorMessage")
      + map("requestParameters") + map("responseElements") + map("additionalEventData")
      + strings("requestID", "eventID")
      + "optional boolean readOnly;"
      + "optional group resources (LIST) { repeated group list { optional group element {"
      + strings("accountId", "type", "ARN", "arnPrefix") + "} } }"
      + strings("eventType", "apiVersion")
      + "optional boolean managementEvent;"
      + strings("recipientAccountId", "sharedEventID", "annotation", "vpcEndpointId", "vpcEndpointAccountId")
      + map("serviceEventDetails") + map("addendum") + map("edgeDeviceDetails") + map("insightDetails")
      + "required binary eventCategory (STRING);"
      + "optional group tlsDetails {" + strings("tlsVersion", "cipherSuite", "clientProvidedHostHeader") + "}"
      + string("sessionCredentialFromConsole")
      + "required binary eventJson (STRING);"
      + string("eventJsonChecksum")
      + "optional group metadata {" + strings("ingestionTime", "channelARN") + "}"
      + "optional group eventData {"
      + string("version")
      + "  optional group userIdentity {" + strings("type", "principalId") + map("details") + "}"
      + strings("userAgent", "eventSource", "eventName", "eventTime", "UID")
      + map("requestParameters") + map("responseElements")
      + strings("errorCode", "errorMessage", "sourceIPAddress", "recipientAccountId")
      + map("additionalEventData")
      + "}"
      + "}");

  private EventSchema() {}

  private static String string(String name) {
    return "optional binary " + name + " (STRING);";
  }

  private static String strings(String... names) {
    StringBuilder fields = new StringBuilder();
    for (String name : names) {
      fields.append(string(name));
    }
    return fields.toString();
  }

  private static String map(String name) {
    return "optional group " + name + " (MAP) { repeated group key_value {"
        + " required binary key (STRING); optional binary value (STRING); } }";
  }
}
