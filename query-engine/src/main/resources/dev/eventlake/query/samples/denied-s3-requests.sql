-- description: S3 requests refused with AccessDenied, by bucket and principal; needs S3 data events for object calls.
-- tags: s3, bucket, access denied, permissions, data events
SELECT requestParameters['bucketName'] AS bucket, userIdentity.arn AS principal, eventName, COUNT(*) AS denied
FROM $EDS_ID
WHERE eventSource = 's3.amazonaws.com'
  AND errorCode = 'AccessDenied'
GROUP BY requestParameters['bucketName'], userIdentity.arn, eventName
ORDER BY denied DESC, bucket, principal, eventName
