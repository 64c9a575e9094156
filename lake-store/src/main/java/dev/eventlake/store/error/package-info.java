/** The error model shared by every module: one root exception, CloudTrail error names, HTTP categories. */
package dev.eventlake.store.error;
