package dev.eventlake.store.selector;

import static dev.eventlake.store.selector.SelectorField.ERROR_CODE;
import static dev.eventlake.store.selector.SelectorField.EVENT_CATEGORY;
import static dev.eventlake.store.selector.SelectorField.EVENT_NAME;
import static dev.eventlake.store.selector.SelectorField.EVENT_SOURCE;
import static dev.eventlake.store.selector.SelectorField.EVENT_TYPE;
import static dev.eventlake.store.selector.SelectorField.READ_ONLY;
import static dev.eventlake.store.selector.SelectorField.RESOURCES_ARN;
import static dev.eventlake.store.selector.SelectorField.RESOURCES_TYPE;
import static dev.eventlake.store.selector.SelectorField.SESSION_CREDENTIAL_FROM_CONSOLE;
import static dev.eventlake.store.selector.SelectorField.USER_IDENTITY_ARN;
import static dev.eventlake.store.selector.SelectorField.VPC_ENDPOINT_ID;
import static dev.eventlake.store.selector.SelectorOperator.EQUALS;
import static dev.eventlake.store.selector.SelectorOperator.NOT_EQUALS;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The fields, operators and values each event category allows in a selector (API reference, section 4). */
final class CategoryFieldRules {
  private static final Pattern RESOURCE_TYPE = Pattern.compile("AWS::\\w+::\\w+");

  private final EventCategory category;
  private final List<FieldRule> rules;

  private CategoryFieldRules(EventCategory category, List<FieldRule> rules) {
    this.category = category;
    this.rules = List.copyOf(rules);
  }

  /** The rules for selectors of one event category. */
  static CategoryFieldRules forCategory(EventCategory category) {
    return switch (category) {
      case MANAGEMENT -> new CategoryFieldRules(category, managementRules());
      case DATA -> new CategoryFieldRules(category, dataRules());
      case NETWORK_ACTIVITY -> new CategoryFieldRules(category, networkActivityRules());
      case INSIGHT, CONFIGURATION_ITEM, EVIDENCE, ACTIVITY_AUDIT_LOG ->
          new CategoryFieldRules(category, List.of(eventCategoryRule()));
    };
  }

  /** Checks every field selector of the selector against these rules, then that required fields are present. */
  void check(AdvancedEventSelector selector, SelectorLocation location) {
    for (AdvancedFieldSelector fieldSelector : selector.fieldSelectors()) {
      FieldRule rule = ruleFor(fieldSelector.field(), location);
      checkOperators(rule, fieldSelector, location);
    }
    for (FieldRule rule : rules) {
      String fieldName = rule.field().wireName();
      if (rule.required() && selector.fieldSelectors().stream().noneMatch(field -> field.field().equals(fieldName))) {
        throw location.error("field %s is required for %s events", fieldName, category.wireName());
      }
    }
  }

  private FieldRule ruleFor(String fieldName, SelectorLocation location) {
    return rules.stream()
        .filter(rule -> rule.field().wireName().equals(fieldName))
        .findFirst()
        .orElseThrow(() -> location.error(
            "field %s is not supported for %s events; allowed fields: %s",
            fieldName, category.wireName(), allowedFieldNames()));
  }

  private void checkOperators(FieldRule rule, AdvancedFieldSelector fieldSelector, SelectorLocation location) {
    String fieldName = rule.field().wireName();
    for (SelectorOperator operator : SelectorOperator.values()) {
      List<String> values = operator.valuesIn(fieldSelector);
      if (values == null) {
        continue;
      }
      if (!rule.operators().contains(operator)) {
        throw location.error(
            "field %s allows only %s, got %s", fieldName, rule.describeOperators(), operator.wireName());
      }
      if (rule.singleValue() && values.size() != 1) {
        throw location.error(
            "field %s operator %s must have exactly one value for %s events, got %d",
            fieldName, operator.wireName(), category.wireName(), values.size());
      }
      for (String value : values) {
        if (!rule.valueAllowed().test(value)) {
          throw location.error(
              "field %s operator %s has invalid value \"%s\"; expected %s",
              fieldName, operator.wireName(), value, rule.expectedValues());
        }
      }
    }
  }

  private String allowedFieldNames() {
    return rules.stream().map(rule -> rule.field().wireName()).collect(Collectors.joining(", "));
  }

  private static FieldRule eventCategoryRule() {
    return FieldRule.onlyOperators(EVENT_CATEGORY, EQUALS).asRequired().asSingleValued();
  }

  private static List<FieldRule> managementRules() {
    return List.of(
        eventCategoryRule(),
        FieldRule.onlyOperators(READ_ONLY, EQUALS).allowingValues(List.of("true", "false")),
        FieldRule.anyOperator(EVENT_SOURCE),
        FieldRule.anyOperator(EVENT_NAME),
        FieldRule.anyOperator(EVENT_TYPE),
        FieldRule.onlyOperators(SESSION_CREDENTIAL_FROM_CONSOLE, EQUALS, NOT_EQUALS),
        FieldRule.anyOperator(USER_IDENTITY_ARN));
  }

  private static List<FieldRule> dataRules() {
    List<FieldRule> rules = new ArrayList<>(managementRules());
    rules.add(
        FieldRule.onlyOperators(RESOURCES_TYPE, EQUALS)
            .asRequired()
            .asSingleValued()
            .allowingValues("a resource type such as AWS::S3::Object", RESOURCE_TYPE.asMatchPredicate()));
    rules.add(FieldRule.anyOperator(RESOURCES_ARN));
    return rules;
  }

  private static List<FieldRule> networkActivityRules() {
    return List.of(
        eventCategoryRule(),
        FieldRule.onlyOperators(EVENT_SOURCE, EQUALS).asRequired().asSingleValued(),
        FieldRule.anyOperator(EVENT_NAME),
        FieldRule.onlyOperators(ERROR_CODE, EQUALS).allowingValues(List.of("VpceAccessDenied")),
        FieldRule.anyOperator(VPC_ENDPOINT_ID),
        FieldRule.anyOperator(USER_IDENTITY_ARN));
  }
}
