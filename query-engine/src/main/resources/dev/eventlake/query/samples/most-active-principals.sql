-- description: The principals that made the most calls, with how many failed and how many services they touched.
-- tags: principal, activity, top, volume, users, roles
-- parameter: top | BIGINT | 20 | How many principals to list
SELECT userIdentity.arn AS principal, COUNT(*) AS calls, COUNT(errorCode) AS failedCalls,
       COUNT(DISTINCT eventSource) AS services
FROM $EDS_ID
GROUP BY userIdentity.arn
ORDER BY calls DESC, principal
LIMIT :top
