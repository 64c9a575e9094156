-- description: Objects read (GetObject) from one S3 bucket: which keys, by whom and from where; needs S3 data events in the store.
-- tags: s3, bucket, object, read, download, data events, exfiltration
-- parameter: bucket | VARCHAR |  | Name of the bucket, e.g. my-logs-bucket
SELECT eventTime, eventID, userIdentity.arn AS principal, requestParameters['key'] AS objectKey, sourceIPAddress,
       errorCode
FROM $EDS_ID
WHERE eventSource = 's3.amazonaws.com'
  AND eventName = 'GetObject'
  AND requestParameters['bucketName'] = :bucket
ORDER BY eventTime DESC
