/** Measuring tools: wall time statistics, peak memory, the machine, and a sampling profile of Eventlake's code. */
package dev.eventlake.bench.measure;
