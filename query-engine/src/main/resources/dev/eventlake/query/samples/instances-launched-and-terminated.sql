-- description: EC2 instances launched, stopped or terminated, and by whom.
-- tags: ec2, instance, launch, terminate, compute, changes
SELECT eventTime, eventID, eventName, userIdentity.arn AS principal, sourceIPAddress, errorCode
FROM $EDS_ID
WHERE eventSource = 'ec2.amazonaws.com'
  AND eventName IN ('RunInstances', 'StartInstances', 'StopInstances', 'TerminateInstances')
ORDER BY eventTime DESC
