package dev.eventlake.query.service;

import static dev.eventlake.store.error.ErrorCode.INTERNAL_FAILURE;
import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;
import static java.util.Objects.requireNonNull;

import dev.eventlake.query.engine.StatementRunner;
import dev.eventlake.query.sql.BoundParameter;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.apache.arrow.memory.RootAllocator;

/**
 * Queries as a service: StartQuery, DescribeQuery, GetQueryResults, ListQueries and CancelQuery over a
 * {@link StatementRunner}. Up to {@code maxRunningQueries} run at once on worker threads; the next
 * {@code queueCapacity} wait in FIFO order; beyond that StartQuery fails with MaxConcurrentQueriesException. State
 * and results live under {@code <dataDirectory>/queries} and survive a restart.
 */
public final class QueryService implements AutoCloseable {
  private final QueryServiceConfig config;
  private final StatementRunner runner;
  private final QueryRegistry registry;
  private final QueryResultsReader resultsReader;
  private final QueryLister lister;
  private final QueryWorkers workers;
  private final QueryFiles files;
  private final QueryDeliveries deliveries;
  private final RootAllocator allocator = new RootAllocator();

  /**
   * Opens the service over {@code config.dataDirectory()}, loading the query history.
   *
   * @param storeResolver turns the {@code EventDataStore} member of ListQueries (ARN or ID) into a store ID, throwing
   *     {@code LakeException} for malformed or unknown references
   * @param delivery writes the results of FINISHED queries that name a {@code DeliveryS3Uri}; deliveries cut short
   *     by a stop are done again now
   */
  public QueryService(QueryServiceConfig config, StatementRunner runner, Function<String, String> storeResolver,
      ResultDelivery delivery) {
    this.config = requireNonNull(config, "config is null");
    this.runner = requireNonNull(runner, "runner is null");
    requireNonNull(storeResolver, "storeResolver is null");
    this.files = new QueryFiles(config.queriesDirectory());
    PageTokens tokens = new PageTokens(TokenKeyFile.loadOrCreate(config.tokenKeyFile()));
    this.registry = new QueryRegistry(files, config.clock(), config.resultRetention());
    registry.recover();
    this.resultsReader = new QueryResultsReader(files, tokens, allocator);
    this.lister = new QueryLister(registry, tokens, storeResolver, config.clock(), config.resultRetention());
    this.deliveries = new QueryDeliveries(requireNonNull(delivery, "delivery is null"), files, allocator);
    this.workers = new QueryWorkers(config, runner, files, allocator, deliveries);
    registry.current().forEach(deliveries::submit);
  }

  /** A service that delivers no results. */
  public QueryService(QueryServiceConfig config, StatementRunner runner, Function<String, String> storeResolver) {
    this(config, runner, storeResolver, ResultDelivery.unsupported());
  }

  /** A service whose ListQueries takes store IDs as they are (no ARN parsing, no existence check). */
  public QueryService(QueryServiceConfig config, StatementRunner runner) {
    this(config, runner, Function.identity());
  }

  /**
   * StartQuery: validates {@code sql} on the calling thread, then queues it and returns its ID at once.
   *
   * @throws LakeException InvalidQueryStatement or store errors from validation; MaxConcurrentQueriesException when
   *     the queue is full
   */
  public String start(String sql) {
    if (sql == null || sql.isBlank()) {
      throw LakeException.of(INVALID_PARAMETER, "QueryStatement is required.");
    }
    return start(QueryRequest.of(sql));
  }

  /**
   * StartQuery with parameter values, the saved query's alias and a delivery destination: checks the values against
   * the placeholders and their types, and the destination, on the calling thread, then queues the query.
   *
   * @throws LakeException as {@link #start(String)}, InvalidParameterException for values that do not fit, or the
   *     delivery's error for a destination it cannot use
   */
  public String start(QueryRequest request) {
    if (request.statement().sql().isBlank()) {
      throw LakeException.of(INVALID_PARAMETER, "QueryStatement is required.");
    }
    request.statement().parameters().forEach(BoundParameter::checked);
    Set<String> storeIds = runner.validate(request.statement());
    if (request.deliveryUri() != null) {
      deliveries.check(request.deliveryUri());
    }
    QueryState state = QueryState.queued(UUID.randomUUID().toString(), request, storeIds,
        config.clock().instant(), config.rowsPerBatch());
    registry.expire();
    workers.admit(state, () -> {
      try {
        state.persist(files);
      } catch (RuntimeException failure) {
        registry.discard(state.queryId());
        throw failure;
      }
      registry.add(state);
    });
    return state.queryId();
  }

  /** DescribeQuery. @throws LakeException QueryIdNotFoundException for unknown or expired IDs */
  public QueryDescription describe(String queryId) {
    return registry.find(queryId).describe(config.clock().instant());
  }

  /**
   * DescribeQuery by {@code QueryAlias}: the most recently started query of that saved query.
   *
   * @throws LakeException QueryIdNotFoundException when no current query ran under that alias
   */
  public QueryDescription describeLatest(String queryAlias) {
    return registry.current().stream().filter(state -> queryAlias.equals(state.queryAlias()))
        .max(java.util.Comparator.comparing(QueryState::creationTime))
        .orElseThrow(() -> LakeException.of(ErrorCode.QUERY_ID_NOT_FOUND, "No query of saved query '%s' ran in the "
            + "last %d days.", queryAlias, config.resultRetention().toDays()))
        .describe(config.clock().instant());
  }

  /**
   * GetQueryResults: one page of up to {@code maxResults} (1..1000, null for 1000) rows from {@code nextToken}.
   *
   * @throws LakeException QueryIdNotFound, InvalidMaxResults or InvalidNextToken
   */
  public QueryResultsPage results(String queryId, String nextToken, Integer maxResults) {
    return resultsReader.page(registry.find(queryId), nextToken, maxResults);
  }

  /**
   * Writes the whole result of a FINISHED or TIMED_OUT query to {@code out} as an Arrow IPC stream; {@code out} is
   * flushed, not closed.
   *
   * @throws LakeException QueryIdNotFound, or InvalidParameter when the query has no results (yet)
   */
  public void arrowStream(String queryId, OutputStream out) {
    QueryRecord record = registry.find(queryId).toRecord();
    if (!record.status().hasResults()) {
      throw LakeException.of(INVALID_PARAMETER, "Query %s is %s; results exist only for FINISHED and TIMED_OUT "
          + "queries.", queryId, record.status());
    }
    try {
      resultsReader.copyAsStream(record, out);
    } catch (IOException failure) {
      throw new LakeException(INTERNAL_FAILURE, "Streaming the results of query " + queryId + " failed ("
          + failure + ").", failure);
    }
  }

  /** ListQueries. @throws LakeException InvalidDateRange, InvalidQueryStatus, InvalidMaxResults, InvalidNextToken */
  public QueryListPage list(QueryListRequest request) {
    return lister.list(requireNonNull(request, "request is null"));
  }

  /**
   * CancelQuery: a QUEUED or RUNNING query becomes CANCELLED; a running scan stops promptly.
   *
   * @return the query's state after the call
   * @throws LakeException QueryIdNotFound, or InactiveQueryException when the query has already ended
   */
  public QueryDescription cancel(String queryId) {
    QueryState state = registry.find(queryId);
    synchronized (state) {
      if (state.cancel(config.clock().instant()) == QueryStatus.QUEUED) {
        workers.release(state);
      }
      state.persist(files);
    }
    return state.describe(config.clock().instant());
  }

  /** Deletes the records and results of queries that ended more than the retention period ago; returns how many. */
  public int expire() {
    return registry.expire();
  }

  /**
   * Deletes the records and results of every query that read a store being purged; returns how many. A store is
   * purged after 7 days pending deletion, when it can have no running query (queries on it are refused from its
   * deletion on and time out after an hour), so only ended queries are found. Repeating it is harmless.
   */
  public int forgetStore(String storeId) {
    return registry.forgetStore(requireNonNull(storeId, "storeId is null"));
  }

  /** Stops the workers; running and queued queries end FAILED (server shut down). Waits for the workers to exit. */
  @Override
  public void close() {
    workers.close(registry.all());
    deliveries.close();
    try {
      allocator.close();
    } catch (RuntimeException leaked) {
      // A reader still holding buffers; the process keeps running, and the memory is freed with it.
    }
  }
}
