-- description: Every call made from one source IP address, with principal and outcome.
-- tags: ip address, source, network, investigation, activity
-- parameter: ip | VARCHAR |  | The source IP address, e.g. 203.0.113.10
SELECT eventTime, eventID, userIdentity.arn AS principal, eventSource, eventName, errorCode
FROM $EDS_ID
WHERE sourceIPAddress = :ip
ORDER BY eventTime DESC
