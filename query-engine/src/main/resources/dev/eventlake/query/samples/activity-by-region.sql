-- description: Calls per AWS Region; activity in Regions you do not use may be an attacker's.
-- tags: region, activity, unusual, geography
SELECT awsRegion, COUNT(*) AS calls, COUNT(DISTINCT userIdentity.arn) AS principals
FROM $EDS_ID
GROUP BY awsRegion
ORDER BY calls DESC, awsRegion
