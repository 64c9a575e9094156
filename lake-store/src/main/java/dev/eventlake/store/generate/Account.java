package dev.eventlake.store.generate;

import java.util.List;

/**
 * One AWS account of the synthetic organisation: its ID, alias, the infix shared by its key IDs, its trail,
 * IAM user and role names, and its resources per region (indexed like {@link Regions#NAMES}).
 */
record Account(int index, String id, AccountRole role, String alias, String keyInfix, String vpcEndpointId,
    String trailArn, Weighted<String> userNames, Weighted<String> roleNames, List<RegionResources> regions) {

  RegionResources region(int regionIndex) {
    return regions.get(regionIndex);
  }
}
