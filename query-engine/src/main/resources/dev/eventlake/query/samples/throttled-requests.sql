-- description: Requests refused because of rate limits (throttling, slow down, request limit exceeded), per service and action.
-- tags: throttling, rate limit, errors, quota, performance
SELECT eventSource, eventName, errorCode, COUNT(*) AS throttled
FROM $EDS_ID
WHERE errorCode IN ('ThrottlingException', 'Throttling', 'SlowDown', 'TooManyRequestsException',
                    'RequestLimitExceeded', 'Client.RequestLimitExceeded', 'ProvisionedThroughputExceededException')
GROUP BY eventSource, eventName, errorCode
ORDER BY throttled DESC, eventSource, eventName
