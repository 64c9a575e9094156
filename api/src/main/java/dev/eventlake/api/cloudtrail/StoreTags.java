package dev.eventlake.api.cloudtrail;

import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.catalog.Tag;
import java.util.List;
import java.util.regex.Pattern;

/** Event data stores as tag targets: named by ARN ({@code …:eventdatastore/<id>}) or bare ID. */
public final class StoreTags implements TagOperations.TagTarget {
  private static final Pattern BARE_ID = Pattern.compile("[a-f0-9\\-]{36}");
  private final StoreCatalog catalog;

  public StoreTags(StoreCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public boolean owns(String resourceId) {
    return resourceId.contains(":eventdatastore/") || BARE_ID.matcher(resourceId).matches();
  }

  @Override
  public String arn(String resourceId) {
    return catalog.get(resourceId).arn();
  }

  @Override
  public List<Tag> tags(String resourceId) {
    return catalog.get(resourceId).tags();
  }

  @Override
  public void replaceTags(String resourceId, List<Tag> tags) {
    catalog.replaceTags(resourceId, tags);
  }
}
