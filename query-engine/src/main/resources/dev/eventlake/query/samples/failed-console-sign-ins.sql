-- description: Failed AWS console sign-in attempts with the user, source address and reason; many failures from one address suggest password guessing.
-- tags: sign-in, console, login, failure, brute force, authentication
SELECT eventTime, eventID, userIdentity.arn AS principal, userIdentity.userName AS userName, sourceIPAddress,
       errorMessage
FROM $EDS_ID
WHERE eventName = 'ConsoleLogin'
  AND responseElements['ConsoleLogin'] = 'Failure'
ORDER BY eventTime DESC
