-- description: Calls that stop, delete or change CloudTrail trails and event data stores, which can blind auditing.
-- tags: cloudtrail, logging, trail, deleted, stopped, defense evasion, audit
SELECT eventTime, eventID, eventName, userIdentity.arn AS principal, requestParameters['name'] AS trail,
       sourceIPAddress, errorCode
FROM $EDS_ID
WHERE eventSource = 'cloudtrail.amazonaws.com'
  AND eventName IN ('StopLogging', 'DeleteTrail', 'UpdateTrail', 'PutEventSelectors', 'PutInsightSelectors',
                    'DeleteEventDataStore', 'StopEventDataStoreIngestion', 'UpdateEventDataStore')
ORDER BY eventTime DESC
