-- description: Which principals read which Secrets Manager secrets, and how often.
-- tags: secrets manager, secret, credentials, read, sensitive data
SELECT userIdentity.arn AS principal, requestParameters['secretId'] AS secretId, COUNT(*) AS readCount,
       COUNT(errorCode) AS failedReads
FROM $EDS_ID
WHERE eventSource = 'secretsmanager.amazonaws.com'
  AND eventName = 'GetSecretValue'
GROUP BY userIdentity.arn, requestParameters['secretId']
ORDER BY readCount DESC, principal, secretId
