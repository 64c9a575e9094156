package dev.eventlake.store.generate;

import static dev.eventlake.store.generate.ApiBuilder.management;

import java.util.List;

/** Catalogue entries for KMS, CloudTrail, Secrets Manager and SSM Parameter Store. */
final class SecurityApis {

  private static final ApiError KMS_THROTTLED = ApiError.of("ThrottlingException", "Rate exceeded");
  private static final ApiError TRAIL_DENIED = ApiError.of("AccessDenied", "Access Denied");

  private SecurityApis() {}

  static List<ApiOperation> all() {
    return List.of(
        management("kms", "Decrypt", true).shape(KmsPayloads::decrypt).errors(0.015, KMS_THROTTLED,
            ApiError.notAuthorized("AccessDeniedException", "kms:Decrypt"),
            ApiError.of("InvalidCiphertextException", "The ciphertext is invalid or was not encrypted under this key."))
            .build(),
        management("kms", "GenerateDataKey", true).shape(KmsPayloads::generateDataKey).errors(0.012, KMS_THROTTLED,
            ApiError.notAuthorized("AccessDeniedException", "kms:GenerateDataKey")).build(),
        ApiBuilder.of("kms", "RotateKey", EventKind.SERVICE_EVENT, false).version("1.10").requestIds(RequestIdStyle.NONE)
            .shape(KmsPayloads::rotateKey).build(),
        trail("DescribeTrails", true).shape(AuditPayloads::describeTrails).errors(0.005, TRAIL_DENIED).build(),
        trail("GetTrailStatus", true).shape(AuditPayloads::trailByName).errors(0.02,
            new ApiError("TrailNotFoundException", call -> "Unknown trail: " + call.account().trailArn()
                + " for the user: " + call.accountId())).build(),
        trail("LookupEvents", true).shape(AuditPayloads::lookupEvents).errors(0.04,
            ApiError.of("ThrottlingException", "Rate exceeded")).build(),
        trail("StopLogging", false).shape(AuditPayloads::trailByName).errors(0.1, TRAIL_DENIED).build(),
        trail("DeleteTrail", false).shape(AuditPayloads::trailByName).errors(0.1, TRAIL_DENIED).build(),
        management("secretsmanager", "GetSecretValue", true).version("1.09").shape(ServerlessPayloads::secretValue)
            .errors(0.03, ApiError.of("ResourceNotFoundException", "Secrets Manager can't find the specified secret."),
                ApiError.notAuthorized("AccessDeniedException", "secretsmanager:GetSecretValue")).build(),
        management("ssm", "GetParameter", true).version("1.09").shape(ServerlessPayloads::parameter)
            .errors(0.03, ApiError.of("ParameterNotFound", "Parameter not found."),
                ApiError.notAuthorized("AccessDeniedException", "ssm:GetParameter")).build());
  }

  private static ApiBuilder trail(String eventName, boolean readOnly) {
    return management("cloudtrail", eventName, readOnly).version("1.10");
  }
}
