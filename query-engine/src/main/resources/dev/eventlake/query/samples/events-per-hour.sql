-- description: Number of events and errors per hour, to spot bursts and quiet periods.
-- tags: volume, timeline, hourly, activity, trend
-- parameter: since | TIMESTAMP | 1970-01-01 00:00:00 | Only events at or after this UTC time
SELECT date_trunc('hour', eventTime) AS hourStart, COUNT(*) AS events, COUNT(errorCode) AS errors
FROM $EDS_ID
WHERE eventTime >= :since
GROUP BY date_trunc('hour', eventTime)
ORDER BY hourStart
