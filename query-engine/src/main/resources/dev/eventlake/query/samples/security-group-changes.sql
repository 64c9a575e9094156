-- description: Who created, changed or deleted security groups and their rules, from where, and whether the call succeeded.
-- tags: ec2, network, firewall, security group, ingress, egress
-- parameter: since | TIMESTAMP | 1970-01-01 00:00:00 | Only events at or after this UTC time
SELECT eventTime, eventID, eventName, userIdentity.arn AS principal, sourceIPAddress,
       requestParameters['groupId'] AS groupId, errorCode
FROM $EDS_ID
WHERE eventSource = 'ec2.amazonaws.com'
  AND eventName IN ('AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress',
                    'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup',
                    'ModifySecurityGroupRules', 'UpdateSecurityGroupRuleDescriptionsIngress')
  AND eventTime >= :since
ORDER BY eventTime DESC
