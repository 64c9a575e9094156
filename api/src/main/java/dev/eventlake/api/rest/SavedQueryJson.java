package dev.eventlake.api.rest;

import static dev.eventlake.api.rest.BodyChecks.entries;
import static dev.eventlake.api.rest.BodyChecks.required;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventlake.query.samples.SampleMatch;
import dev.eventlake.query.samples.SampleQuery;
import dev.eventlake.query.saved.ParameterDefinition;
import dev.eventlake.query.saved.SavedQuery;
import dev.eventlake.query.saved.SavedQueryDefinition;
import dev.eventlake.query.saved.SavedQueryVersion;
import dev.eventlake.query.sql.ParameterType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the saved and sample query routes. */
final class SavedQueryJson {
  private SavedQueryJson() {}

  /** A declared parameter; {@code default} is the value used when a run gives none. */
  record Parameter(String name, String type, @JsonProperty("default") String defaultValue, String description) {
    Parameter {
      required(name, "parameters[].name");
      required(type, "parameters[].type");
    }

    static Parameter of(ParameterDefinition parameter) {
      return new Parameter(parameter.name(), parameter.type().name(), parameter.defaultValue(),
          parameter.description());
    }

    ParameterDefinition toDomain() {
      return new ParameterDefinition(name, ParameterType.parse(type), defaultValue, description);
    }
  }

  /** Body of {@code POST /v1/saved-queries}. */
  record CreateBody(String name, String description, String sql, List<Parameter> parameters,
      Map<String, String> tags) {
    CreateBody {
      required(name, "name");
      required(sql, "sql");
      entries(parameters, "parameters");
    }

    SavedQueryDefinition definition() {
      return new UpdateBody(description, sql, parameters, tags).definition();
    }
  }

  /** Body of {@code PUT /v1/saved-queries/{name}}: the whole next version. */
  record UpdateBody(String description, String sql, List<Parameter> parameters, Map<String, String> tags) {
    UpdateBody {
      required(sql, "sql");
      entries(parameters, "parameters");
    }

    SavedQueryDefinition definition() {
      return new SavedQueryDefinition(description, sql, parameters == null ? List.of()
          : parameters.stream().map(Parameter::toDomain).toList(), tags);
    }
  }

  /** Body of {@code POST /v1/saved-queries/{name}/restore}. */
  record RestoreBody(Integer version) {
    RestoreBody {
      required(version, "version");
    }
  }

  /** Body of {@code POST /v1/saved-queries/{name}/run}; every member may be left out. */
  record RunBody(Integer version, Map<String, String> parameters, String deliveryUri) {}

  /** Body of {@code POST /v1/sample-queries/{name}/copy}. */
  record CopyBody(String store, String name) {
    CopyBody {
      required(store, "store");
    }
  }

  /** One line of a saved query's history. */
  record VersionLine(int version, Instant createdTime, Integer restoredFrom, String description) {
    static VersionLine of(SavedQueryVersion version) {
      return new VersionLine(version.version(), version.createdTime(), version.restoredFrom(),
          version.definition().description());
    }
  }

  /** A saved query: one version in full and the whole history. */
  record SavedQueryView(String name, int version, Instant createdTime, String description, String sql,
      List<Parameter> parameters, Map<String, String> tags, List<VersionLine> versions) {
    static SavedQueryView of(SavedQuery query, Integer version) {
      SavedQueryVersion shown = query.version(version);
      SavedQueryDefinition definition = shown.definition();
      return new SavedQueryView(query.name(), shown.version(), shown.createdTime(), definition.description(),
          definition.sql(), definition.parameters().stream().map(Parameter::of).toList(), definition.tags(),
          query.versions().stream().map(VersionLine::of).toList());
    }
  }

  /** A page of saved queries. */
  record SavedQueryList(List<SavedQueryView> savedQueries, String nextToken) {}

  /** A built-in sample query; {@code relevance} only in search results. */
  record SampleView(String name, String description, List<String> tags, List<Parameter> parameters, String sql,
      Double relevance) {
    static SampleView of(SampleQuery sample, Double relevance) {
      return new SampleView(sample.name(), sample.description(), sample.tags(),
          sample.parameters().stream().map(Parameter::of).toList(), sample.sql(), relevance);
    }

    static SampleView of(SampleMatch match) {
      return of(match.sample(), match.relevance());
    }
  }

  /** A page of sample queries. */
  record SampleList(List<SampleView> sampleQueries, String nextToken) {}
}
