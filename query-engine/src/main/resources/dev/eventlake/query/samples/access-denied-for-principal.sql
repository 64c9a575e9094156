-- description: Every denied call of one principal (by ARN): which service and action it tried and the error it got.
-- tags: access denied, unauthorized, errors, permissions, principal, investigation
-- parameter: principal | VARCHAR |  | ARN of the user or role session, e.g. arn:aws:iam::111122223333:user/alice
SELECT eventTime, eventID, eventSource, eventName, errorCode, errorMessage, sourceIPAddress
FROM $EDS_ID
WHERE userIdentity.arn = :principal
  AND errorCode IN ('AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'Client.UnauthorizedOperation')
ORDER BY eventTime DESC
