-- description: S3 bucket policies, ACLs and public access blocks changed or removed, which can make a bucket public.
-- tags: s3, bucket, policy, acl, public access, exposure, permissions
SELECT eventTime, eventID, eventName, userIdentity.arn AS principal, requestParameters['bucketName'] AS bucket,
       errorCode
FROM $EDS_ID
WHERE eventSource = 's3.amazonaws.com'
  AND eventName IN ('PutBucketPolicy', 'DeleteBucketPolicy', 'PutBucketAcl', 'PutBucketPublicAccessBlock',
                    'DeleteBucketPublicAccessBlock', 'PutObjectAcl')
ORDER BY eventTime DESC
