-- description: Successful AWS console sign-ins of IAM users and the root user that did not use multi-factor authentication (MFA).
-- tags: sign-in, console, login, mfa, iam, root, authentication
SELECT eventTime, eventID, userIdentity.type AS identityType, userIdentity.arn AS principal, sourceIPAddress, userAgent
FROM $EDS_ID
WHERE eventName = 'ConsoleLogin'
  AND responseElements['ConsoleLogin'] = 'Success'
  AND additionalEventData['MFAUsed'] = 'No'
  AND userIdentity.type IN ('IAMUser', 'Root')
ORDER BY eventTime DESC
