/**
 * The installation's RSA signing keys for query result sign files: generated on first use, rotatable, kept in the data
 * folder readable by its owner only, and listed with their validity windows as CloudTrail's ListPublicKeys does.
 */
package dev.eventlake.api.signing;
