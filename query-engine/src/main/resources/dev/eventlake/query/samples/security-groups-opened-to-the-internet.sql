-- description: Security group rules that allow inbound traffic from any address (0.0.0.0/0 or ::/0), with the port range and who added them.
-- tags: ec2, network, firewall, security group, ingress, public, exposure
SELECT eventTime, eventID, userIdentity.arn AS principal, requestParameters['groupId'] AS groupId,
       json_extract_scalar(requestParameters['ipPermissions'], '$.items[0].fromPort') AS fromPort,
       json_extract_scalar(requestParameters['ipPermissions'], '$.items[0].toPort') AS toPort
FROM $EDS_ID
WHERE eventName = 'AuthorizeSecurityGroupIngress'
  AND errorCode IS NULL
  AND (requestParameters['ipPermissions'] LIKE '%0.0.0.0/0%' OR requestParameters['ipPermissions'] LIKE '%::/0%')
ORDER BY eventTime DESC
