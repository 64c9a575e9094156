-- description: IAM policies attached, detached, created, changed or deleted for users, groups and roles.
-- tags: iam, policy, permissions, role, privilege escalation, changes
SELECT eventTime, eventID, eventName, userIdentity.arn AS principal,
       coalesce(requestParameters['roleName'], requestParameters['userName'], requestParameters['groupName']) AS target,
       requestParameters['policyArn'] AS policyArn, requestParameters['policyName'] AS policyName, errorCode
FROM $EDS_ID
WHERE eventSource = 'iam.amazonaws.com'
  AND eventName IN ('AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy', 'DetachUserPolicy',
                    'AttachGroupPolicy', 'DetachGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'PutGroupPolicy',
                    'DeleteRolePolicy', 'DeleteUserPolicy', 'DeleteGroupPolicy', 'CreatePolicy',
                    'CreatePolicyVersion', 'DeletePolicy', 'SetDefaultPolicyVersion')
ORDER BY eventTime DESC
