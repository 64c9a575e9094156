-- description: KMS keys scheduled for deletion or disabled (and deletions cancelled); data encrypted under a deleted key is lost.
-- tags: kms, key, deletion, disabled, encryption, destruction
SELECT eventTime, eventID, eventName, userIdentity.arn AS principal, requestParameters['keyId'] AS keyId,
       requestParameters['pendingWindowInDays'] AS pendingWindowInDays, errorCode
FROM $EDS_ID
WHERE eventSource = 'kms.amazonaws.com'
  AND eventName IN ('ScheduleKeyDeletion', 'DisableKey', 'CancelKeyDeletion', 'DisableKeyRotation')
ORDER BY eventTime DESC
