-- description: Roles assumed with STS AssumeRole: which role, which session name, by whom.
-- tags: sts, assume role, role, session, lateral movement, identity
SELECT eventTime, eventID, userIdentity.arn AS caller, requestParameters['roleArn'] AS roleArn,
       requestParameters['roleSessionName'] AS sessionName, sourceIPAddress, errorCode
FROM $EDS_ID
WHERE eventSource = 'sts.amazonaws.com'
  AND eventName = 'AssumeRole'
ORDER BY eventTime DESC
