-- description: What one principal did between two times, event by event.
-- tags: principal, timeline, investigation, activity, incident
-- parameter: principal | VARCHAR |  | ARN of the user or role session
-- parameter: since | TIMESTAMP | 1970-01-01 00:00:00 | Start of the window (UTC)
-- parameter: until | TIMESTAMP | 9999-12-31 23:59:59 | End of the window (UTC)
SELECT eventTime, eventID, eventSource, eventName, sourceIPAddress, errorCode
FROM $EDS_ID
WHERE userIdentity.arn = :principal
  AND eventTime BETWEEN :since AND :until
ORDER BY eventTime
