/** Event data stores: catalog, selectors, durable immutable Parquet storage and CloudTrail log import. */
package dev.eventlake.store;
