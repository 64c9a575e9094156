/**
 * The event-data-store catalog: store metadata, its lifecycle rules (create, update, delete, restore, start and stop
 * ingestion) and its durable JSON file {@code <data-dir>/catalog/stores.json}.
 */
package dev.eventlake.store.catalog;
