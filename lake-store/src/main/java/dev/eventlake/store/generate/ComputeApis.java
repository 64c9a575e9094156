package dev.eventlake.store.generate;

import static dev.eventlake.store.generate.ApiBuilder.management;

import java.util.List;

/** Catalogue entries for EC2: Describe* reads, RunInstances, TerminateInstances, AuthorizeSecurityGroupIngress. */
final class ComputeApis {

  private static final ApiError REQUEST_LIMIT = ApiError.of("Client.RequestLimitExceeded", "Request limit exceeded.");

  private ComputeApis() {}

  static List<ApiOperation> all() {
    return List.of(
        describe("DescribeInstances"),
        describe("DescribeSecurityGroups"),
        describe("DescribeVpcs"),
        describe("DescribeSubnets"),
        describe("DescribeVolumes"),
        ec2("RunInstances").shape(RunInstancesPayload::create).errors(0.06, ApiError.ec2NotAuthorized("RunInstances"),
            ApiError.of("Client.InsufficientInstanceCapacity", "We currently do not have sufficient capacity in the "
                + "Availability Zone you requested. Our system will be working on provisioning additional capacity."),
            ApiError.of("Client.VcpuLimitExceeded", "You have requested more vCPU capacity than your current vCPU "
                + "limit of 32 allows for the instance bucket that the specified instance type belongs to. Please "
                + "visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit."))
            .build(),
        ec2("TerminateInstances").shape(Ec2Payloads::terminateInstances).errors(0.04,
            new ApiError("Client.InvalidInstanceID.NotFound",
                call -> "The instance ID 'i-" + RandomText.hex(call.random(), 17) + "' does not exist"),
            ApiError.ec2NotAuthorized("TerminateInstances")).build(),
        ec2("AuthorizeSecurityGroupIngress").shape(Ec2Payloads::authorizeIngress).errors(0.05,
            ApiError.of("Client.InvalidPermission.Duplicate",
                "the specified rule \"peer: 0.0.0.0/0, TCP, from port: 443, to port: 443, ALLOW\" already exists"),
            ApiError.ec2NotAuthorized("AuthorizeSecurityGroupIngress")).build());
  }

  private static ApiOperation describe(String eventName) {
    return management("ec2", eventName, true).version("1.10").shape(Ec2Payloads::describe)
        .errors(0.035, REQUEST_LIMIT, REQUEST_LIMIT, ApiError.ec2NotAuthorized(eventName)).build();
  }

  private static ApiBuilder ec2(String eventName) {
    return management("ec2", eventName, false).version("1.10");
  }
}
