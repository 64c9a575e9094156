-- description: API errors per service and error code, most frequent first.
-- tags: errors, failures, service, error code, troubleshooting
SELECT eventSource, errorCode, COUNT(*) AS failures, COUNT(DISTINCT userIdentity.arn) AS principals
FROM $EDS_ID
WHERE errorCode IS NOT NULL
GROUP BY eventSource, errorCode
ORDER BY failures DESC, eventSource, errorCode
