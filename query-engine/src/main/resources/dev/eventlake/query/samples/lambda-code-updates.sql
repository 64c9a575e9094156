-- description: Lambda function code or configuration updated, and by whom; unexpected updates can plant code.
-- tags: lambda, function, code, deployment, changes, serverless
SELECT eventTime, eventID, eventName, userIdentity.arn AS principal, requestParameters['functionName'] AS functionName,
       errorCode
FROM $EDS_ID
WHERE eventSource = 'lambda.amazonaws.com'
  AND (eventName LIKE 'UpdateFunctionCode%' OR eventName LIKE 'UpdateFunctionConfiguration%')
ORDER BY eventTime DESC
