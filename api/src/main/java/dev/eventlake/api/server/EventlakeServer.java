package dev.eventlake.api.server;

import dev.eventlake.api.auth.AccessKey;
import dev.eventlake.api.auth.AccessKeys;
import dev.eventlake.api.auth.Authenticator;
import dev.eventlake.api.auth.Role;
import dev.eventlake.api.cloudtrail.ChannelOperations;
import dev.eventlake.api.cloudtrail.ChannelTags;
import dev.eventlake.api.cloudtrail.CloudTrailApi;
import dev.eventlake.api.cloudtrail.ImportOperations;
import dev.eventlake.api.cloudtrail.PublicKeyOperations;
import dev.eventlake.api.cloudtrail.QueryOperations;
import dev.eventlake.api.cloudtrail.SampleQueryOperations;
import dev.eventlake.api.cloudtrail.StoreOperations;
import dev.eventlake.api.cloudtrail.StoreTags;
import dev.eventlake.api.cloudtrail.TagOperations;
import dev.eventlake.api.cloudtrail.WireJson;
import dev.eventlake.api.delivery.ResultExporter;
import dev.eventlake.api.imports.ImportService;
import dev.eventlake.api.ingestion.PutAuditEventsApi;
import dev.eventlake.api.rest.ColumnRoutes;
import dev.eventlake.api.rest.EventRoutes;
import dev.eventlake.api.rest.KeyRoutes;
import dev.eventlake.api.rest.QueryRoutes;
import dev.eventlake.api.rest.RestApi;
import dev.eventlake.api.rest.RestJson;
import dev.eventlake.api.rest.SampleQueryRoutes;
import dev.eventlake.api.rest.SavedQueryRoutes;
import dev.eventlake.api.rest.StoreRoutes;
import dev.eventlake.api.signing.SigningKeys;
import dev.eventlake.api.retention.RetentionService;
import dev.eventlake.query.engine.LakeEngine;
import dev.eventlake.query.engine.QueryEngineConfig;
import dev.eventlake.query.samples.SampleLibrary;
import dev.eventlake.query.saved.SavedQueries;
import dev.eventlake.query.service.QueryService;
import dev.eventlake.query.service.QueryServiceConfig;
import dev.eventlake.store.Lake;
import dev.eventlake.store.LakeConfig;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.retention.RetentionConfig;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Eventlake server: the lake, the query engine and service, access keys, imports, and the HTTP APIs on one port.
 * Closing it stops a running import after its current file (STOPPED, retryable), stops accepting requests, lets
 * those in flight finish, and commits buffered events to Parquet.
 */
public final class EventlakeServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventlakeServer.class);
  private final ServerConfig config;
  private final Lake lake;
  private final LakeEngine engine;
  private final QueryService queries;
  private final RetentionService retention;
  private final AccessKeys keys;
  private final ImportService imports;
  private final SavedQueries savedQueries;
  private final SampleLibrary samples = SampleLibrary.builtIn();
  private final SigningKeys signingKeys;
  private final AccessKey generatedKey;
  private Javalin app;
  private CloudTrailApi cloudTrailApi;
  private RestApi restApi;

  private EventlakeServer(ServerConfig config) {
    this.config = config;
    LakeConfig defaults = LakeConfig.defaults(config.dataDirectory());
    this.lake = Lake.open(new LakeConfig(defaults.dataDirectory(), defaults.region(), defaults.accountId(),
        defaults.maxEventDataStores(), defaults.storage(), config.clock()));
    this.engine = new LakeEngine(lake, QueryEngineConfig.defaults());
    this.signingKeys = SigningKeys.open(config.dataDirectory().resolve("keys"), config.clock());
    ResultExporter exporter = new ResultExporter(config.delivery(), config.imports().s3(), signingKeys,
        defaults.accountId(), defaults.region(), config.clock());
    this.queries = new QueryService(QueryServiceConfig.defaults(config.dataDirectory()).withClock(config.clock()),
        engine, this::queryableStoreId, exporter);
    this.retention = new RetentionService(lake, queries, RetentionConfig.defaults().withClock(config.clock())
        .withSweepInterval(config.retentionSweepInterval()));
    this.savedQueries = new SavedQueries(config.dataDirectory(), config.clock());
    this.keys = AccessKeys.open(config.dataDirectory().resolve("keys"), config.environmentKey(), config.clock());
    this.imports = ImportService.open(lake, config.dataDirectory().resolve("imports"), config.importRoots(),
        config.imports(), config.clock());
    this.generatedKey = keys.isEmpty() ? keys.create(Role.ADMIN) : null;
  }

  /** ListQueries' store: its queries can no longer be listed once it is pending deletion. */
  private String queryableStoreId(String reference) {
    EventDataStore store = lake.catalog().resolve(reference);
    if (store.isPendingDeletion()) {
      throw LakeException.of(ErrorCode.INACTIVE_EVENT_DATA_STORE, "event data store %s is pending deletion; restore "
          + "it to list its queries", store.name());
    }
    return store.id();
  }

  /** Opens the data folder and starts listening. */
  public static EventlakeServer start(ServerConfig config) {
    EventlakeServer server = new EventlakeServer(config);
    try {
      server.app = server.createApp().start(config.host(), config.port());
      server.retention.start();
    } catch (RuntimeException failure) {
      server.close();
      throw failure;
    }
    return server;
  }

  private Javalin createApp() {
    Authenticator authenticator = new Authenticator(keys, config.clock());
    WireJson json = new WireJson();
    CloudTrailApi cloudTrail = new CloudTrailApi(authenticator, json, List.of(
        new StoreOperations(lake.catalog()).operations(),
        new QueryOperations(queries, savedQueries).operations(),
        new SampleQueryOperations(samples).operations(),
        new PublicKeyOperations(signingKeys, config.clock()).operations(),
        new ChannelOperations(lake.channels()).operations(),
        new TagOperations(List.of(new StoreTags(lake.catalog()), new ChannelTags(lake.channels()))).operations(),
        new ImportOperations(imports).operations()));
    PutAuditEventsApi auditEvents = new PutAuditEventsApi(authenticator, lake);
    RestApi rest = new RestApi(authenticator, new RestJson(), List.of(
        new StoreRoutes(lake.catalog()),
        new ColumnRoutes(lake.catalog()),
        new QueryRoutes(queries),
        new SavedQueryRoutes(savedQueries, queries),
        new SampleQueryRoutes(samples, savedQueries, lake.catalog()),
        new EventRoutes(lake, config.maxRequestBytes()),
        new KeyRoutes(keys)));
    this.cloudTrailApi = cloudTrail;
    this.restApi = rest;
    ErrorResponses errors = new ErrorResponses();
    return Javalin.create(app -> {
      app.startup.showJavalinBanner = false;
      app.http.maxRequestSize = config.maxRequestBytes();
      app.jetty.modifyServer(server -> server.setStopTimeout(config.shutdownGrace().toMillis()));
      app.routes.before(context -> {
        context.attribute(Requests.BODY_LIMIT, config.maxRequestBytes());
        context.header("x-amzn-RequestId", UUID.randomUUID().toString());
      });
      app.routes.get("/health", context -> context.contentType("application/json").result("{\"status\":\"ok\"}"));
      app.routes.post("/", cloudTrail::handle);
      app.routes.post("/PutAuditEvents", auditEvents::handle);
      rest.register(app.routes);
      app.routes.exception(HttpResponseException.class, errors::handle);
      app.routes.exception(Exception.class, errors::handle);
      app.routes.error(404, errors::handleUnmatched);
      app.routes.error(405, errors::handleUnmatched);
    });
  }

  public int port() {
    return app.port();
  }

  /** Every HTTP route the server answers, as {@code METHOD path}, for documentation checks. */
  public List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(handler -> handler.endpoint.method.isHttpMethod())
        .map(handler -> handler.endpoint.method.name() + " " + handler.endpoint.path).toList();
  }

  public CloudTrailApi cloudTrailApi() {
    return cloudTrailApi;
  }

  public RestApi restApi() {
    return restApi;
  }

  public Lake lake() {
    return lake;
  }

  public AccessKeys accessKeys() {
    return keys;
  }

  public ImportService imports() {
    return imports;
  }

  public SavedQueries savedQueries() {
    return savedQueries;
  }

  public SigningKeys signingKeys() {
    return signingKeys;
  }

  /** The admin key generated because no key existed at start, or null. */
  public AccessKey generatedKey() {
    return generatedKey;
  }

  @Override
  public void close() {
    retention.close();
    imports.beginShutdown();
    if (app != null) {
      app.stop();
    }
    imports.close();
    queries.close();
    engine.close();
    try {
      lake.flush();
    } catch (IOException failure) {
      LOG.warn("could not commit buffered events to Parquet; they stay in the write-ahead log", failure);
    }
  }
}
