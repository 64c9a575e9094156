/** The markdown report of a run and the summary lines printed at its end. */
package dev.eventlake.bench.report;
