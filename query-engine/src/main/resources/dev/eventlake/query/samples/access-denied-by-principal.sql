-- description: How many calls were denied (access denied or unauthorized errors) per principal, most denied first; a spike points to probing or broken permissions.
-- tags: access denied, unauthorized, errors, permissions, principal, iam
SELECT userIdentity.arn AS principal, COUNT(*) AS deniedCalls,
       COUNT(DISTINCT eventName) AS distinctActions, MIN(eventTime) AS firstDenied, MAX(eventTime) AS lastDenied
FROM $EDS_ID
WHERE errorCode IN ('AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'Client.UnauthorizedOperation')
GROUP BY userIdentity.arn
ORDER BY deniedCalls DESC, principal
