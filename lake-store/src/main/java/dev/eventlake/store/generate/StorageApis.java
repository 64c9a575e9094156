package dev.eventlake.store.generate;

import static dev.eventlake.store.generate.ApiBuilder.data;
import static dev.eventlake.store.generate.ApiBuilder.management;

import java.util.List;

/** Catalogue entries for S3, DynamoDB and Lambda, with their versions, error rates and errors. */
final class StorageApis {

  private static final ApiError NO_SUCH_KEY = ApiError.of("NoSuchKey", "The specified key does not exist.");
  private static final ApiError S3_DENIED = ApiError.of("AccessDenied", "Access Denied");
  private static final ApiError SLOW_DOWN = ApiError.of("SlowDown", "Please reduce your request rate.");
  private static final ApiError NO_SUCH_BUCKET = ApiError.of("NoSuchBucket", "The specified bucket does not exist");
  private static final ApiError THROUGHPUT = ApiError.of("ProvisionedThroughputExceededException",
      "The level of configured provisioned throughput for the table was exceeded. Consider increasing your "
          + "provisioning level with the UpdateTable API.");
  private static final ApiError LAMBDA_THROTTLED = ApiError.of("TooManyRequestsException", "Rate Exceeded.");
  private static final ApiError NO_FUNCTION = ApiError.of("ResourceNotFoundException", "Function not found");

  private StorageApis() {}

  static List<ApiOperation> all() {
    return List.of(
        s3Data("GetObject", true).shape(S3Payloads::getObject).errors(0.06, NO_SUCH_KEY, NO_SUCH_KEY, S3_DENIED,
            SLOW_DOWN).build(),
        s3Data("PutObject", false).shape(S3Payloads::putObject).errors(0.02, S3_DENIED, SLOW_DOWN).build(),
        s3Data("ListObjects", true).shape(S3Payloads::listObjects).errors(0.03, S3_DENIED, NO_SUCH_BUCKET).build(),
        s3Data("DeleteObject", false).shape(S3Payloads::deleteObject).errors(0.02, S3_DENIED).build(),
        s3Management("ListBuckets").shape(S3Payloads::listBuckets).errors(0.01, S3_DENIED).build(),
        s3Management("GetBucketAcl").shape(S3Payloads::bucketAcl).errors(0.02, S3_DENIED).build(),
        s3Management("GetBucketPolicy").shape(S3Payloads::bucketPolicy).errors(0.2,
            ApiError.of("NoSuchBucketPolicy", "The bucket policy does not exist"), S3_DENIED).build(),
        dynamo("GetItem", true).shape(ServerlessPayloads::getItem).errors(0.01, THROUGHPUT,
            ApiError.notAuthorized("AccessDeniedException", "dynamodb:GetItem")).build(),
        dynamo("PutItem", false).shape(ServerlessPayloads::putItem).errors(0.04,
            ApiError.of("ConditionalCheckFailedException", "The conditional request failed"), THROUGHPUT).build(),
        dynamo("Query", true).shape(ServerlessPayloads::query).errors(0.01, THROUGHPUT).build(),
        data("lambda", "Invoke", false).version("1.09").shape(ServerlessPayloads::invoke)
            .errors(0.025, LAMBDA_THROTTLED, NO_FUNCTION).build(),
        management("lambda", "ListFunctions20150331", true).errors(0.01, LAMBDA_THROTTLED).build(),
        management("lambda", "GetFunction20150331v2", true).shape(ServerlessPayloads::function)
            .errors(0.03, NO_FUNCTION, ApiError.notAuthorized("AccessDeniedException", "lambda:GetFunction")).build(),
        management("lambda", "UpdateFunctionCode20150331v2", false).shape(ServerlessPayloads::updateFunctionCode)
            .errors(0.03, ApiError.notAuthorized("AccessDeniedException", "lambda:UpdateFunctionCode"),
                ApiError.of("ResourceConflictException", "The operation cannot be performed at this time. An update "
                    + "is in progress for resource")).build());
  }

  private static ApiBuilder s3Data(String eventName, boolean readOnly) {
    return data("s3", eventName, readOnly).version("1.10").requestIds(RequestIdStyle.S3);
  }

  private static ApiBuilder s3Management(String eventName) {
    return management("s3", eventName, true).version("1.09").requestIds(RequestIdStyle.S3);
  }

  private static ApiBuilder dynamo(String eventName, boolean readOnly) {
    return data("dynamodb", eventName, readOnly).version("1.11").apiVersion("2012-08-10")
        .requestIds(RequestIdStyle.DYNAMODB);
  }
}
