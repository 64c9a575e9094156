-- description: The user agents (SDKs, CLI, console, browsers) one principal called from; a new tool can mean stolen credentials.
-- tags: user agent, principal, tools, credentials, investigation
-- parameter: principal | VARCHAR |  | ARN of the user or role session
SELECT userAgent, COUNT(*) AS calls, MIN(eventTime) AS firstSeen, MAX(eventTime) AS lastSeen
FROM $EDS_ID
WHERE userIdentity.arn = :principal
GROUP BY userAgent
ORDER BY calls DESC, userAgent
