-- description: CloudWatch Logs groups and streams deleted, or their retention shortened, and by whom.
-- tags: cloudwatch, logs, log group, deleted, retention, defense evasion
SELECT eventTime, eventID, eventName, userIdentity.arn AS principal, requestParameters['logGroupName'] AS logGroup,
       requestParameters['retentionInDays'] AS retentionInDays, errorCode
FROM $EDS_ID
WHERE eventSource = 'logs.amazonaws.com'
  AND eventName IN ('DeleteLogGroup', 'DeleteLogStream', 'PutRetentionPolicy', 'DeleteSubscriptionFilter')
ORDER BY eventTime DESC
