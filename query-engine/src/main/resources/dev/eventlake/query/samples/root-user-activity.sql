-- description: Everything the account's root user did; root should almost never be used, so each event deserves a look.
-- tags: root, privileged, account, iam, activity
SELECT eventTime, eventID, eventSource, eventName, sourceIPAddress, userAgent, errorCode
FROM $EDS_ID
WHERE userIdentity.type = 'Root'
ORDER BY eventTime DESC
