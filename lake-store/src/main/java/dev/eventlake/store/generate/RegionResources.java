package dev.eventlake.store.generate;

/** Resources that exist in one account and region, referenced by request parameters and resources arrays. */
record RegionResources(int regionIndex, String region, String accountId, Weighted<Bucket> buckets,
    Weighted<Resource> functions, Weighted<Resource> tables, Weighted<Resource> keys, Weighted<Resource> secrets,
    Weighted<Resource> parameters, Network network) {}
