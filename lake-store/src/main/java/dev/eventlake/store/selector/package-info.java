/** Advanced event selectors: validation per event category and matching against events. */
package dev.eventlake.store.selector;
