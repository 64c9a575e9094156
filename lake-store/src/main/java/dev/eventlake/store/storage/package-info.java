/** Durable local-file primitives shared by the lake-store components: atomic replacement and directory fsync. */
package dev.eventlake.store.storage;
