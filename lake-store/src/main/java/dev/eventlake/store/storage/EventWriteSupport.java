package dev.eventlake.store.storage;

import dev.eventlake.store.event.AuditEventData;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventResource;
import dev.eventlake.store.event.TlsDetails;
import dev.eventlake.store.event.UserIdentity;
import dev.eventlake.store.event.UserIdentity.SessionContext;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;

/** Writes {@link CloudTrailEvent}s (ActivityAuditLog ones included) straight into Parquet's record consumer, with no intermediate objects. */
final class EventWriteSupport extends WriteSupport<CloudTrailEvent> {
  private final ParquetRecordEmitter emitter = new ParquetRecordEmitter(EventSchema.SCHEMA);
  private final Map<String, String> fileMetadata;

  EventWriteSupport(Map<String, String> fileMetadata) {
    this.fileMetadata = Map.copyOf(fileMetadata);
  }

  @Override
  public WriteContext init(Configuration configuration) {
    return new WriteContext(EventSchema.SCHEMA, fileMetadata);
  }

  @Override
  public WriteContext init(ParquetConfiguration configuration) {
    return new WriteContext(EventSchema.SCHEMA, fileMetadata);
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    emitter.bind(recordConsumer);
  }

  @Override
  public void write(CloudTrailEvent event) {
    emitter.message(event, EventWriteSupport::writeEvent);
  }

  private static void writeEvent(ParquetRecordEmitter out, CloudTrailEvent event) {
    out.string("eventVersion", event.eventVersion());
    out.group("userIdentity", event.userIdentity(), EventWriteSupport::writeIdentity);
    out.timestamp("eventTime", event.eventTime());
    out.string("eventSource", event.eventSource());
    out.string("eventName", event.eventName());
    out.string("awsRegion", event.awsRegion());
    out.string("sourceIPAddress", event.sourceIPAddress());
    out.string("userAgent", event.userAgent());
    out.string("errorCode", event.errorCode());
    out.string("errorMessage", event.errorMessage());
    out.map("requestParameters", event.requestParameters());
    out.map("responseElements", event.responseElements());
    out.map("additionalEventData", event.additionalEventData());
    out.string("requestID", event.requestID());
    out.string("eventID", event.eventID());
    out.bool("readOnly", event.readOnly());
    out.list("resources", event.resources(), EventWriteSupport::writeResource);
    out.string("eventType", event.eventType());
    out.string("apiVersion", event.apiVersion());
    out.bool("managementEvent", event.managementEvent());
    out.string("recipientAccountId", event.recipientAccountId());
    out.string("sharedEventID", event.sharedEventID());
    out.string("annotation", event.annotation());
    out.string("vpcEndpointId", event.vpcEndpointId());
    out.string("vpcEndpointAccountId", event.vpcEndpointAccountId());
    out.map("serviceEventDetails", event.serviceEventDetails());
    out.map("addendum", event.addendum());
    out.map("edgeDeviceDetails", event.edgeDeviceDetails());
    out.map("insightDetails", event.insightDetails());
    out.string("eventCategory", event.eventCategory());
    out.group("tlsDetails", event.tlsDetails(), EventWriteSupport::writeTls);
    out.string("sessionCredentialFromConsole", event.sessionCredentialFromConsole());
    out.string("eventJson", event.eventJson());
    out.string("eventJsonChecksum", event.eventJsonChecksum());
    out.group("metadata", event.metadata(), (o, value) -> {
      o.string("ingestionTime", value.ingestionTime());
      o.string("channelARN", value.channelArn());
    });
    out.group("eventData", event.eventData(), EventWriteSupport::writeEventData);
  }

  private static void writeEventData(ParquetRecordEmitter out, AuditEventData data) {
    out.string("version", data.version());
    out.group("userIdentity", data.userIdentity(), (o, value) -> {
      o.string("type", value.type());
      o.string("principalId", value.principalId());
      o.map("details", value.details());
    });
    out.string("userAgent", data.userAgent());
    out.string("eventSource", data.eventSource());
    out.string("eventName", data.eventName());
    out.string("eventTime", data.eventTime());
    out.string("UID", data.uid());
    out.map("requestParameters", data.requestParameters());
    out.map("responseElements", data.responseElements());
    out.string("errorCode", data.errorCode());
    out.string("errorMessage", data.errorMessage());
    out.string("sourceIPAddress", data.sourceIPAddress());
    out.string("recipientAccountId", data.recipientAccountId());
    out.map("additionalEventData", data.additionalEventData());
  }

  private static void writeIdentity(ParquetRecordEmitter out, UserIdentity identity) {
    out.string("type", identity.type());
    out.string("principalId", identity.principalId());
    out.string("arn", identity.arn());
    out.string("accountId", identity.accountId());
    out.string("accessKeyId", identity.accessKeyId());
    out.string("userName", identity.userName());
    out.group("sessionContext", identity.sessionContext(), EventWriteSupport::writeSession);
    out.string("invokedBy", identity.invokedBy());
    out.string("identityProvider", identity.identityProvider());
    out.string("credentialId", identity.credentialId());
    out.group("onBehalfOf", identity.onBehalfOf(), (o, value) -> {
      o.string("userId", value.userId());
      o.string("identityStoreArn", value.identityStoreArn());
    });
    out.group("inScopeOf", identity.inScopeOf(), (o, value) -> {
      o.string("sourceArn", value.sourceArn());
      o.string("sourceAccount", value.sourceAccount());
      o.string("issuerType", value.issuerType());
      o.string("credentialsIssuedTo", value.credentialsIssuedTo());
    });
  }

  private static void writeSession(ParquetRecordEmitter out, SessionContext session) {
    out.group("attributes", session.attributes(), (o, value) -> {
      o.timestamp("creationDate", value.creationDate());
      o.string("mfaAuthenticated", value.mfaAuthenticated());
    });
    out.group("sessionIssuer", session.sessionIssuer(), (o, value) -> {
      o.string("type", value.type());
      o.string("principalId", value.principalId());
      o.string("arn", value.arn());
      o.string("accountId", value.accountId());
      o.string("userName", value.userName());
    });
    out.group("webIdFederationData", session.webIdFederationData(), (o, value) -> {
      o.string("federatedProvider", value.federatedProvider());
      o.map("attributes", value.attributes());
    });
    out.string("sourceIdentity", session.sourceIdentity());
    out.string("ec2RoleDelivery", session.ec2RoleDelivery());
    out.string("ec2IssuedInVPC", session.ec2IssuedInVPC());
  }

  private static void writeResource(ParquetRecordEmitter out, EventResource resource) {
    out.string("accountId", resource.accountId());
    out.string("type", resource.type());
    out.string("ARN", resource.arn());
    out.string("arnPrefix", resource.arnPrefix());
  }

  private static void writeTls(ParquetRecordEmitter out, TlsDetails tls) {
    out.string("tlsVersion", tls.tlsVersion());
    out.string("cipherSuite", tls.cipherSuite());
    out.string("clientProvidedHostHeader", tls.clientProvidedHostHeader());
  }
}
