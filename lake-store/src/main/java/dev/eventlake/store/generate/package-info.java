/**
 * Deterministic synthetic CloudTrail log generator: writes gzip log files in the trail delivery layout,
 * with realistic identities, services, payloads, errors and daily rhythm, streaming and seeded.
 */
package dev.eventlake.store.generate;
