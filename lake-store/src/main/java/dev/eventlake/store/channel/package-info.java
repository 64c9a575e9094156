/**
 * Channels (CloudTrail Lake integrations) and PutAuditEvents: the channel catalog with its durable file
 * {@code <data-dir>/catalog/channels.json}, and the ingestion of ActivityAuditLog events into a channel's
 * destination stores.
 */
package dev.eventlake.store.channel;
