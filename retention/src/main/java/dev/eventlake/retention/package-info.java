/**
 * Retention enforcement: {@link dev.eventlake.retention.RetentionSweeper} removes files whose every event is past
 * its store's retention period and purges stores whose 7-day restore window has ended, recording every removal in
 * the store's manifest; {@link dev.eventlake.retention.RetentionScheduler} runs it (and other upkeep) periodically.
 */
package dev.eventlake.retention;
