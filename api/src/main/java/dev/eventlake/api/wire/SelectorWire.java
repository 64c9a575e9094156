package dev.eventlake.api.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventlake.store.selector.AdvancedEventSelector;
import dev.eventlake.store.selector.AdvancedFieldSelector;
import java.util.List;

/** Advanced event selectors as CloudTrail spells them on the wire ({@code Name}, {@code FieldSelectors}, …). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SelectorWire(
    @JsonProperty("Name") String name,
    @JsonProperty("FieldSelectors") List<FieldSelectorWire> fieldSelectors) {

  /** One {@code AdvancedFieldSelector}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FieldSelectorWire(
      @JsonProperty("Field") String field,
      @JsonProperty("Equals") List<String> equalsValues,
      @JsonProperty("StartsWith") List<String> startsWith,
      @JsonProperty("EndsWith") List<String> endsWith,
      @JsonProperty("NotEquals") List<String> notEquals,
      @JsonProperty("NotStartsWith") List<String> notStartsWith,
      @JsonProperty("NotEndsWith") List<String> notEndsWith) {}

  public AdvancedEventSelector toDomain() {
    List<AdvancedFieldSelector> fields = fieldSelectors == null ? List.of() : fieldSelectors.stream()
        .map(f -> new AdvancedFieldSelector(f.field(), f.equalsValues(), f.startsWith(), f.endsWith(),
            f.notEquals(), f.notStartsWith(), f.notEndsWith()))
        .toList();
    return new AdvancedEventSelector(name, fields);
  }

  public static SelectorWire fromDomain(AdvancedEventSelector selector) {
    return new SelectorWire(selector.name(), selector.fieldSelectors().stream()
        .map(f -> new FieldSelectorWire(f.field(), f.equalsValues(), f.startsWith(), f.endsWith(), f.notEquals(),
            f.notStartsWith(), f.notEndsWith()))
        .toList());
  }
}
