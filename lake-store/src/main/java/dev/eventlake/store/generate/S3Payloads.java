package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.SplittableRandom;

/** Payloads of S3 calls: object data events with transfer details and resources, and bucket-level calls. */
final class S3Payloads {

  private S3Payloads() {}

  static Payload getObject(CallContext call) {
    return objectCall(call, "GET");
  }

  static Payload putObject(CallContext call) {
    return objectCall(call, "PUT");
  }

  static Payload deleteObject(CallContext call) {
    return objectCall(call, "DELETE");
  }

  static Payload listObjects(CallContext call) {
    Bucket bucket = call.resources().buckets().pick(call.random());
    return new BucketCall(call, bucket, bucket.pickPrefix(call.random()), JsonParts.s3HostId(call),
        call.failed() ? 0 : 600 + call.random().nextInt(60_000));
  }

  static Payload bucketAcl(CallContext call) {
    return bucketSubresource(call, "acl");
  }

  static Payload bucketPolicy(CallContext call) {
    return bucketSubresource(call, "policy");
  }

  static Payload listBuckets(CallContext call) {
    return new ListBuckets(call, "s3." + call.region() + ".amazonaws.com", JsonParts.s3HostId(call),
        call.failed() ? 0 : 900 + call.random().nextInt(9_000));
  }

  private static Payload bucketSubresource(CallContext call, String subresource) {
    Bucket bucket = call.resources().buckets().pick(call.random());
    return new BucketCall(call, bucket, subresource, JsonParts.s3HostId(call),
        call.failed() ? 0 : 300 + call.random().nextInt(1_500));
  }

  private static Payload objectCall(CallContext call, String method) {
    SplittableRandom random = call.random();
    Bucket bucket = call.resources().buckets().pick(random);
    long size = call.failed() ? 0 : objectSize(random);
    String versionId = bucket.versioned() && method.equals("PUT") ? RandomText.of(random, RandomText.ALPHANUMERIC, 32)
        : null;
    return new ObjectCall(call, bucket, bucket.pickKey(random), method, size, versionId, JsonParts.s3HostId(call));
  }

  /**
   * A log-normal object size (median about 13 KB, long tail, capped at 5 GB), computed with {@link StrictMath} so
   * that output is identical on every platform.
   */
  private static long objectSize(SplittableRandom random) {
    double gaussian = StrictMath.sqrt(-2 * StrictMath.log(1 - random.nextDouble()))
        * StrictMath.cos(2 * Math.PI * random.nextDouble());
    return Math.min((long) StrictMath.exp(9.5 + 2.2 * gaussian), 5_000_000_000L);
  }

  /** GetObject, PutObject or DeleteObject on one key. */
  private record ObjectCall(CallContext call, Bucket bucket, String key, String method, long size, String versionId,
      String hostId) implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeStringField("bucketName", bucket.name());
      json.writeStringField("Host", bucket.host());
      json.writeStringField("key", key);
      json.writeEndObject();
    }

    @Override
    public void writeResponseElements(JsonGenerator json) throws IOException {
      if (!method.equals("PUT")) {
        json.writeNull();
        return;
      }
      json.writeStartObject();
      json.writeStringField("x-amz-server-side-encryption", "AES256");
      if (versionId != null) {
        json.writeStringField("x-amz-version-id", versionId);
      }
      json.writeEndObject();
    }

    @Override
    public void writeAdditionalEventData(JsonGenerator json) throws IOException {
      boolean put = method.equals("PUT");
      long errorBody = call.failed() ? 243 : 0;
      JsonParts.s3Transfer(json, call.agent().cipherSuite(), put ? size : 0, put ? errorBody : size + errorBody,
          hostId, put && !call.failed());
    }

    @Override
    public void writeResources(JsonGenerator json) throws IOException {
      json.writeArrayFieldStart("resources");
      JsonParts.resource(json, null, "AWS::S3::Object", bucket.arn() + "/" + key);
      JsonParts.resource(json, call.accountId(), "AWS::S3::Bucket", bucket.arn());
      json.writeEndArray();
    }

    @Override
    public String hostHeader() {
      return bucket.host();
    }
  }

  /** ListObjects (V2 style, {@code detail} is the prefix) or a bucket subresource read ({@code detail}). */
  private record BucketCall(CallContext call, Bucket bucket, String detail, String hostId, long bytesOut)
      implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeStartObject();
      boolean listing = call.operation().eventName().equals("ListObjects");
      if (listing) {
        json.writeStringField("list-type", "2");
      }
      json.writeStringField("bucketName", bucket.name());
      if (listing) {
        json.writeStringField("encoding-type", "url");
        json.writeStringField("max-keys", "1000");
        json.writeStringField("prefix", detail);
        json.writeStringField("delimiter", "/");
      } else {
        json.writeStringField(detail, "");
      }
      json.writeStringField("Host", bucket.host());
      json.writeEndObject();
    }

    @Override
    public void writeAdditionalEventData(JsonGenerator json) throws IOException {
      JsonParts.s3Transfer(json, call.agent().cipherSuite(), 0, bytesOut, hostId, false);
    }

    @Override
    public void writeResources(JsonGenerator json) throws IOException {
      JsonParts.singleResource(json, call.accountId(), "AWS::S3::Bucket", bucket.arn());
    }

    @Override
    public String hostHeader() {
      return bucket.host();
    }
  }

  /** ListBuckets against the regional endpoint. */
  private record ListBuckets(CallContext call, String host, String hostId, long bytesOut) implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeStringField("Host", host);
      json.writeEndObject();
    }

    @Override
    public void writeAdditionalEventData(JsonGenerator json) throws IOException {
      JsonParts.s3Transfer(json, call.agent().cipherSuite(), 0, bytesOut, hostId, false);
    }

    @Override
    public String hostHeader() {
      return host;
    }
  }
}
