package dev.eventlake.store.generate;

/**
 * A planned principal before identifiers are drawn: its behaviour, identity kind, name (user, role or invoking
 * service), session name for assumed roles, and relative activity.
 */
record PrincipalSpec(Behavior behavior, IdentityKind kind, String name, String sessionName, double activity) {}
