package dev.eventlake.api.cli;

import dev.eventlake.query.saved.ParameterDefinition;
import dev.eventlake.query.saved.SavedQuery;
import dev.eventlake.query.saved.SavedQueryVersion;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How the command line shows a saved query: its current (or chosen) version and the history, as JSON or text. */
record SavedQueryView(String name, int version, String createdTime, String description, String sql,
    List<ParameterDefinition> parameters, Map<String, String> tags, List<VersionLine> versions) {

  /** One line of the history. */
  record VersionLine(int version, String createdTime, Integer restoredFrom, String description) {}

  static SavedQueryView of(SavedQuery query, Integer version) {
    SavedQueryVersion shown = query.version(version);
    return new SavedQueryView(query.name(), shown.version(), shown.createdTime().toString(),
        shown.definition().description(), shown.definition().sql(), shown.definition().parameters(),
        shown.definition().tags(), query.versions().stream().map(each -> new VersionLine(each.version(),
            each.createdTime().toString(), each.restoredFrom(), each.definition().description())).toList());
  }

  /** One line for {@code saved list}. */
  String summary() {
    return String.format("%-40s v%-3d %s", name, versions.size(), description == null ? "" : description);
  }

  String text() {
    StringBuilder text = new StringBuilder();
    text.append(name).append(" (version ").append(version).append(" of ").append(versions.size()).append(", saved ")
        .append(createdTime).append(")\n");
    if (description != null) {
      text.append(description).append('\n');
    }
    if (!tags.isEmpty()) {
      text.append("Tags: ").append(tags.entrySet().stream().map(tag -> tag.getKey() + "=" + tag.getValue())
          .collect(Collectors.joining(", "))).append('\n');
    }
    for (ParameterDefinition parameter : parameters) {
      text.append("Parameter :").append(parameter.name()).append(' ').append(parameter.type())
          .append(parameter.defaultValue() == null ? " (required)" : " default " + parameter.defaultValue())
          .append(parameter.description() == null ? "" : " - " + parameter.description()).append('\n');
    }
    text.append('\n').append(sql).append("\n\nVersions:\n");
    versions.forEach(line -> text.append(String.format("  %3d  %s%s%n", line.version(), line.createdTime(),
        line.restoredFrom() == null ? "" : "  restored from " + line.restoredFrom())));
    return text.toString().stripTrailing();
  }
}
