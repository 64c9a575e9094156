-- description: Every call signed with one access key ID, e.g. a key reported as leaked.
-- tags: access key, credentials, leaked, investigation, activity
-- parameter: access_key_id | VARCHAR |  | The access key ID, e.g. AKIAIOSFODNN7EXAMPLE
SELECT eventTime, eventID, userIdentity.arn AS principal, eventSource, eventName, sourceIPAddress, errorCode
FROM $EDS_ID
WHERE userIdentity.accessKeyId = :access_key_id
ORDER BY eventTime DESC
