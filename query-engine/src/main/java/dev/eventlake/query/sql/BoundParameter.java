package dev.eventlake.query.sql;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One parameter value for a statement: the name its placeholder uses ({@code :name}, or the 1-based position for
 * {@code ?}), its SQL type and its value as text. The text is parsed into the typed value when the statement is bound.
 *
 * @param name the parameter's name
 * @param type the SQL type the value is bound as
 * @param value the value as text, in any form {@link ParameterType#value} accepts
 */
public record BoundParameter(String name, ParameterType type, String value) {
  public BoundParameter {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
    requireNonNull(value, "value is null");
  }

  /** Checks that the value fits the type; {@code InvalidParameterException} naming the parameter otherwise. */
  public BoundParameter checked() {
    type.value(name, value);
    return this;
  }

  /** Binds this value to the 1-based placeholder {@code index}. */
  void bindTo(PreparedStatement statement, int index) throws SQLException {
    type.bind(statement, index, name, value);
  }
}
