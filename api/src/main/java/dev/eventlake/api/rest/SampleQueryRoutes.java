package dev.eventlake.api.rest;

import dev.eventlake.api.auth.Access;
import dev.eventlake.api.cloudtrail.ListPages;
import dev.eventlake.api.rest.SavedQueryJson.CopyBody;
import dev.eventlake.api.rest.SavedQueryJson.SampleList;
import dev.eventlake.api.rest.SavedQueryJson.SampleView;
import dev.eventlake.api.rest.SavedQueryJson.SavedQueryView;
import dev.eventlake.query.samples.SampleLibrary;
import dev.eventlake.query.samples.SampleQuery;
import dev.eventlake.query.saved.SavedQueries;
import dev.eventlake.query.saved.SavedQuery;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.error.ErrorCode;
import java.util.List;

/**
 * The built-in sample queries, read-only: {@code /v1/sample-queries} (all, or ranked by the words of
 * {@code search}), one by name, and a copy into an editable saved query over a store.
 */
public final class SampleQueryRoutes implements RestRoutes {
  private static final String SAMPLES = "/v1/sample-queries";
  private final SampleLibrary samples;
  private final SavedQueries saved;
  private final StoreCatalog catalog;

  public SampleQueryRoutes(SampleLibrary samples, SavedQueries saved, StoreCatalog catalog) {
    this.samples = samples;
    this.saved = saved;
    this.catalog = catalog;
  }

  @Override
  public List<RestRoute> routes() {
    return List.of(
        RestRoute.of("GET", SAMPLES, "ListSampleQueries", Access.READ, this::list)
            .withQuery("search", "nextToken", "maxResults"),
        RestRoute.of("GET", SAMPLES + "/{name}", "GetSampleQuery", Access.READ,
            exchange -> exchange.respond(200, SampleView.of(samples.get(exchange.path("name")), null))),
        RestRoute.withBody("POST", SAMPLES + "/{name}/copy", "CopySampleQuery", Access.READ, this::copy));
  }

  private void list(RestExchange exchange) {
    String search = exchange.query("search");
    List<SampleView> views = search == null ? samples.all().stream().map(sample -> SampleView.of(sample, null))
        .toList() : samples.search(search).stream().map(SampleView::of).toList();
    ListPages.Page<SampleView> page = ListPages.page(views, exchange.query("nextToken"),
        exchange.queryInteger("maxResults", ErrorCode.INVALID_MAX_RESULTS),
        "ListSampleQueries:" + (search == null ? "" : Integer.toHexString(search.hashCode())));
    exchange.respond(200, new SampleList(page.items(), page.nextToken()));
  }

  private void copy(RestExchange exchange) {
    CopyBody body = exchange.body(CopyBody.class);
    SampleQuery sample = samples.get(exchange.path("name"));
    String storeId = catalog.resolve(body.store()).id();
    SavedQuery copy = saved.create(body.name() != null ? body.name() : sample.name(), sample.definitionFor(storeId));
    exchange.responseHeader("Location", SavedQueryRoutes.SAVED_QUERIES + "/" + copy.name())
        .respond(201, SavedQueryView.of(copy, null));
  }
}
