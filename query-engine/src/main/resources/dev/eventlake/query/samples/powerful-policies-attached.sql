-- description: Broad managed policies (administrator, power user, full access) attached to users, groups or roles.
-- tags: iam, policy, administrator, privilege escalation, attach, permissions
SELECT eventTime, eventID, eventName, userIdentity.arn AS principal,
       coalesce(requestParameters['roleName'], requestParameters['userName'], requestParameters['groupName']) AS target,
       requestParameters['policyArn'] AS policyArn
FROM $EDS_ID
WHERE eventName IN ('AttachRolePolicy', 'AttachUserPolicy', 'AttachGroupPolicy')
  AND errorCode IS NULL
  AND (requestParameters['policyArn'] LIKE '%AdministratorAccess%'
       OR requestParameters['policyArn'] LIKE '%PowerUserAccess%'
       OR requestParameters['policyArn'] LIKE '%FullAccess%')
ORDER BY eventTime DESC
