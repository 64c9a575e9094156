-- description: IAM users and console passwords created, and who created them.
-- tags: iam, user, created, new, persistence, login profile
SELECT eventTime, eventID, eventName, userIdentity.arn AS creator, requestParameters['userName'] AS newUser, errorCode
FROM $EDS_ID
WHERE eventSource = 'iam.amazonaws.com'
  AND eventName IN ('CreateUser', 'CreateLoginProfile')
ORDER BY eventTime DESC
