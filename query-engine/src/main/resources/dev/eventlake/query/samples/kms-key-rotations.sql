-- description: Automatic and on-demand KMS key rotations, per key.
-- tags: kms, key, rotation, encryption, compliance
SELECT eventTime, eventID, eventName, serviceEventDetails['keyId'] AS keyId, userIdentity.type AS identityType
FROM $EDS_ID
WHERE eventSource = 'kms.amazonaws.com'
  AND eventName IN ('RotateKey', 'RotateKeyOnDemand', 'EnableKeyRotation')
ORDER BY eventTime DESC
