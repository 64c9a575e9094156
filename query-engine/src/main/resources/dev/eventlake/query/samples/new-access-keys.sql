-- description: IAM access keys created, for which user and by whom; long-term keys are a common way in for attackers.
-- tags: iam, access key, credentials, persistence, new
SELECT eventTime, eventID, userIdentity.arn AS creator, requestParameters['userName'] AS forUser,
       json_extract_scalar(responseElements['accessKey'], '$.accessKeyId') AS accessKeyId, errorCode
FROM $EDS_ID
WHERE eventSource = 'iam.amazonaws.com'
  AND eventName = 'CreateAccessKey'
ORDER BY eventTime DESC
