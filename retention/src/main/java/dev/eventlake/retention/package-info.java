/** Retention enforcement for event data stores (filled in by the retention issue). */
package dev.eventlake.retention;
