package dev.eventlake.store.generate;

/** The API mix of each behaviour as {@code "service:EventName weight"} lists, modelled on real trails. */
final class BehaviorMixes {

  private static final String APPLICATION_MIX =
      "s3:GetObject 30, s3:PutObject 12, s3:ListObjects 5, s3:DeleteObject 1, kms:Decrypt 8,"
      + " kms:GenerateDataKey 4, dynamodb:GetItem 12, dynamodb:PutItem 6, dynamodb:Query 7,"
      + " secretsmanager:GetSecretValue 2, ssm:GetParameter 2, sts:GetCallerIdentity 0.5, lambda:Invoke 4,"
      + " sts:AssumeRole 0.5";

  private static final String PIPELINE_MIX =
      "s3:GetObject 25, s3:PutObject 20, s3:ListObjects 10, s3:DeleteObject 2, kms:Decrypt 6,"
      + " kms:GenerateDataKey 6, lambda:Invoke 5, dynamodb:PutItem 5, dynamodb:Query 3, ssm:GetParameter 2,"
      + " secretsmanager:GetSecretValue 1";

  private static final String AWS_SERVICE_MIX =
      "kms:Decrypt 38, kms:GenerateDataKey 28, sts:AssumeRole 18, lambda:Invoke 6,"
      + " kms:RotateKey 0.01";

  private static final String SCANNER_MIX =
      "ec2:DescribeInstances 10, ec2:DescribeSecurityGroups 10, ec2:DescribeVpcs 5,"
      + " ec2:DescribeSubnets 5, ec2:DescribeVolumes 5, iam:ListUsers 4, iam:ListRoles 4, iam:GetRole 3,"
      + " iam:GetUser 3, iam:ListAttachedRolePolicies 5, s3:ListBuckets 3, s3:GetBucketAcl 5,"
      + " s3:GetBucketPolicy 5, cloudtrail:DescribeTrails 2, cloudtrail:GetTrailStatus 2,"
      + " lambda:ListFunctions20150331 3, sts:GetCallerIdentity 1";

  private static final String ADMIN_MIX =
      "signin:ConsoleLogin 1, ec2:DescribeInstances 10, ec2:DescribeSecurityGroups 5,"
      + " ec2:DescribeVpcs 2, ec2:DescribeSubnets 2, ec2:DescribeVolumes 2, ec2:RunInstances 0.6,"
      + " ec2:TerminateInstances 0.4, ec2:AuthorizeSecurityGroupIngress 0.4, iam:GetUser 2, iam:ListUsers 2,"
      + " iam:ListRoles 1.5, iam:GetRole 1.5, iam:CreateUser 0.03, iam:CreateAccessKey 0.05,"
      + " iam:AttachRolePolicy 0.25, iam:ListAttachedRolePolicies 1, s3:ListBuckets 3, s3:GetBucketAcl 1,"
      + " s3:GetBucketPolicy 1, s3:ListObjects 3, s3:GetObject 3, s3:PutObject 1, cloudtrail:LookupEvents 1,"
      + " cloudtrail:DescribeTrails 0.5, cloudtrail:GetTrailStatus 0.3, cloudtrail:StopLogging 0.01,"
      + " cloudtrail:DeleteTrail 0.005, sts:GetCallerIdentity 2, sts:AssumeRole 1,"
      + " lambda:ListFunctions20150331 1, lambda:GetFunction20150331v2 1, secretsmanager:GetSecretValue 1,"
      + " ssm:GetParameter 1, kms:Decrypt 1";

  private static final String DEVELOPER_MIX =
      "signin:ConsoleLogin 0.7, s3:GetObject 6, s3:PutObject 3, s3:ListObjects 5,"
      + " s3:ListBuckets 2, dynamodb:GetItem 3, dynamodb:Query 4, dynamodb:PutItem 1, lambda:Invoke 3,"
      + " lambda:ListFunctions20150331 2, lambda:GetFunction20150331v2 2,"
      + " lambda:UpdateFunctionCode20150331v2 0.5, ec2:DescribeInstances 4, ec2:DescribeSecurityGroups 1,"
      + " ec2:RunInstances 0.2, ec2:TerminateInstances 0.15, ec2:AuthorizeSecurityGroupIngress 0.1,"
      + " sts:GetCallerIdentity 2, sts:AssumeRole 0.5, secretsmanager:GetSecretValue 1, ssm:GetParameter 1.5,"
      + " kms:Decrypt 1, iam:GetRole 0.5, cloudtrail:LookupEvents 0.3";

  private static final String DEPLOYER_MIX =
      "sts:GetCallerIdentity 5, ec2:DescribeInstances 6, ec2:DescribeSecurityGroups 6,"
      + " ec2:DescribeVpcs 4, ec2:DescribeSubnets 4, ec2:DescribeVolumes 2, ec2:RunInstances 1.5,"
      + " ec2:TerminateInstances 1, ec2:AuthorizeSecurityGroupIngress 1, iam:GetRole 5,"
      + " iam:ListAttachedRolePolicies 4, iam:AttachRolePolicy 0.6, iam:GetUser 1, iam:CreateUser 0.01,"
      + " s3:GetObject 3, s3:PutObject 3, s3:ListBuckets 1, s3:GetBucketAcl 1.5, s3:GetBucketPolicy 1.5,"
      + " lambda:GetFunction20150331v2 3, lambda:UpdateFunctionCode20150331v2 1, kms:Decrypt 1,"
      + " ssm:GetParameter 2";

  private static final String ROOT_MIX =
      "signin:ConsoleLogin 50, s3:ListBuckets 10, iam:ListUsers 10, iam:GetUser 4,"
      + " iam:CreateAccessKey 1, ec2:DescribeInstances 5, cloudtrail:DescribeTrails 2";

  private BehaviorMixes() {}

  static String of(Behavior behavior) {
    return switch (behavior) {
      case APPLICATION -> APPLICATION_MIX;
      case PIPELINE -> PIPELINE_MIX;
      case AWS_SERVICE -> AWS_SERVICE_MIX;
      case SCANNER -> SCANNER_MIX;
      case ADMIN -> ADMIN_MIX;
      case DEVELOPER -> DEVELOPER_MIX;
      case DEPLOYER -> DEPLOYER_MIX;
      case ROOT -> ROOT_MIX;
    };
  }
}
