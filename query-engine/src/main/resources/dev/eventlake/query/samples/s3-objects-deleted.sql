-- description: S3 objects deleted, per bucket and principal; needs S3 data events in the store.
-- tags: s3, bucket, object, deleted, destruction, data events
SELECT eventTime, eventID, userIdentity.arn AS principal, requestParameters['bucketName'] AS bucket,
       requestParameters['key'] AS objectKey, errorCode
FROM $EDS_ID
WHERE eventSource = 's3.amazonaws.com'
  AND eventName IN ('DeleteObject', 'DeleteObjects')
ORDER BY eventTime DESC
