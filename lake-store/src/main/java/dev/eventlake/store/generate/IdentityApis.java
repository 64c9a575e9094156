package dev.eventlake.store.generate;

import static dev.eventlake.store.generate.ApiBuilder.management;

import java.util.List;

/** Catalogue entries for IAM, STS and console sign-in. */
final class IdentityApis {

  private static final ApiError IAM_THROTTLED = ApiError.of("Throttling", "Rate exceeded");

  private IdentityApis() {}

  static List<ApiOperation> all() {
    return List.of(
        iam("GetUser", true).shape(IamPayloads::user).errors(0.02, notFound("user"), denied("iam:GetUser")).build(),
        iam("ListUsers", true).errors(0.01, denied("iam:ListUsers"), IAM_THROTTLED).build(),
        iam("ListRoles", true).errors(0.01, denied("iam:ListRoles"), IAM_THROTTLED).build(),
        iam("GetRole", true).shape(IamPayloads::role).errors(0.02, notFound("role"), denied("iam:GetRole")).build(),
        iam("ListAttachedRolePolicies", true).shape(IamPayloads::role)
            .errors(0.01, denied("iam:ListAttachedRolePolicies"), IAM_THROTTLED).build(),
        iam("CreateUser", false).shape(IamPayloads::createUser).errors(0.06, denied("iam:CreateUser"),
            ApiError.of("EntityAlreadyExistsException", "User with name already exists.")).build(),
        iam("CreateAccessKey", false).shape(IamPayloads::createAccessKey).errors(0.06, denied("iam:CreateAccessKey"),
            ApiError.of("LimitExceededException", "Cannot exceed quota for AccessKeysPerUser: 2")).build(),
        iam("AttachRolePolicy", false).shape(IamPayloads::attachRolePolicy)
            .errors(0.05, denied("iam:AttachRolePolicy"), notFound("role")).build(),
        management("sts", "AssumeRole", true).shape(StsPayloads::assumeRole)
            .errors(0.02, ApiError.notAuthorized("AccessDenied", "sts:AssumeRole")).build(),
        management("sts", "GetCallerIdentity", true).build(),
        ApiBuilder.of("signin", "ConsoleLogin", EventKind.SIGN_IN, false).version("1.09").global()
            .requestIds(RequestIdStyle.NONE).shape(AuditPayloads::consoleLogin)
            .errors(0.07, new ApiError(null, call -> "Failed authentication")).build());
  }

  private static ApiBuilder iam(String eventName, boolean readOnly) {
    return management("iam", eventName, readOnly).global();
  }

  private static ApiError denied(String action) {
    return ApiError.notAuthorized("AccessDenied", action);
  }

  private static ApiError notFound(String entity) {
    return new ApiError("NoSuchEntityException", call -> "The " + entity + " with name "
        + (entity.equals("user") ? call.account().userNames() : call.account().roleNames()).pick(call.random())
        + "-old cannot be found.");
  }
}
