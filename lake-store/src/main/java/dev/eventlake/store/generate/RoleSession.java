package dev.eventlake.store.generate;

/** The role behind an assumed-role principal and the session name it uses. */
record RoleSession(String roleName, String roleArn, String rolePrincipalId, String sessionName, boolean ec2Instance) {}
