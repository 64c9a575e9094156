package dev.eventlake.store.selector;

import static dev.eventlake.store.selector.EventCategory.ACTIVITY_AUDIT_LOG;
import static dev.eventlake.store.selector.EventCategory.DATA;
import static dev.eventlake.store.selector.EventCategory.MANAGEMENT;
import static dev.eventlake.store.selector.EventCategory.NETWORK_ACTIVITY;
import static dev.eventlake.store.selector.TestSelectors.bare;
import static dev.eventlake.store.selector.TestSelectors.category;
import static dev.eventlake.store.selector.TestSelectors.field;
import static dev.eventlake.store.selector.TestSelectors.selector;
import static dev.eventlake.store.selector.TestSelectors.unnamed;
import static dev.eventlake.store.selector.TestSelectors.with;
import static dev.eventlake.store.selector.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of {@link SelectorValidator}: accepted combinations, then one rejection per structural rule. */
class SelectorValidatorTest {

  @Test
  void defaultSelectorsSelectAllManagementEvents() {
    List<AdvancedEventSelector> defaults = SelectorValidator.defaultSelectors();

    assertThat(defaults).containsExactly(selector("Default management events", category("Management")));
    assertThat(SelectorValidator.validate(defaults)).containsExactly(MANAGEMENT);
  }

  @Test
  void acceptsManagementSelectorWithEveryManagementField() {
    AdvancedEventSelector management = selector("All management",
        category("Management"),
        field("readOnly", "Equals", "false"),
        with(field("eventSource", "NotEquals", "kms.amazonaws.com"), "StartsWith", "s3", "iam"),
        field("eventName", "NotStartsWith", "Describe"),
        field("eventType", "Equals", "AwsApiCall"),
        field("sessionCredentialFromConsole", "NotEquals", "true"),
        field("userIdentity.arn", "EndsWith", ":root"));

    assertThat(SelectorValidator.validate(List.of(management))).containsExactly(MANAGEMENT);
  }

  @Test
  void acceptsDataSelectorWithResourceFields() {
    AdvancedEventSelector data = selector("S3 reads",
        category("Data"),
        field("resources.type", "Equals", "AWS::S3::Object"),
        with(field("resources.ARN", "StartsWith", "arn:aws:s3:::bucket/"), "NotEndsWith", ".tmp"),
        field("readOnly", "Equals", "true"),
        field("eventName", "Equals", "GetObject"),
        field("userIdentity.arn", "NotStartsWith", "arn:aws:iam::123456789012:role/Backup"));

    assertThat(SelectorValidator.validate(List.of(data))).containsExactly(DATA);
  }

  @Test
  void acceptsNetworkActivitySelectorWithEveryNetworkField() {
    AdvancedEventSelector network = selector("VPC denials",
        category("NetworkActivity"),
        field("eventSource", "Equals", "kms.amazonaws.com"),
        field("eventName", "NotEquals", "Decrypt"),
        field("errorCode", "Equals", "VpceAccessDenied"),
        field("vpcEndpointId", "StartsWith", "vpce-"),
        field("userIdentity.arn", "EndsWith", ":root"));

    assertThat(SelectorValidator.validate(List.of(network))).containsExactly(NETWORK_ACTIVITY);
  }

  @Test
  void acceptsManagementDataAndNetworkActivityTogether() {
    List<AdvancedEventSelector> mixed = List.of(
        unnamed(category("Management")),
        unnamed(category("Data"), field("resources.type", "Equals", "AWS::Lambda::Function")),
        unnamed(category("NetworkActivity"), field("eventSource", "Equals", "ec2.amazonaws.com")));

    assertThat(SelectorValidator.validate(mixed)).containsExactlyInAnyOrder(MANAGEMENT, DATA, NETWORK_ACTIVITY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Insight", "ConfigurationItem", "Evidence", "ActivityAuditLog"})
  void acceptsStandaloneCategoryWithOnlyEventCategory(String category) {
    assertThat(SelectorValidator.validate(List.of(unnamed(category(category)))))
        .containsExactly(EventCategory.fromWireName(category).orElseThrow());
  }

  @Test
  void acceptsSeveralSelectorsOfTheSameStandaloneCategory() {
    List<AdvancedEventSelector> selectors =
        List.of(unnamed(category("ActivityAuditLog")), unnamed(category("ActivityAuditLog")));

    assertThat(SelectorValidator.validate(selectors)).containsExactly(ACTIVITY_AUDIT_LOG);
  }

  @Test
  void acceptsValuesAndNamesAtTheirMaximumLengths() {
    AdvancedEventSelector longest = selector("n".repeat(1000),
        category("Management"), field("eventName", "Equals", "v".repeat(2048)));

    assertThat(SelectorValidator.validate(List.of(longest))).containsExactly(MANAGEMENT);
  }

  @Test
  void acceptsFiveSelectorsWithFiveHundredValuesInTotal() {
    List<AdvancedEventSelector> selectors = new ArrayList<>();
    for (int index = 0; index < 5; index++) {
      selectors.add(unnamed(category("Management"), field("eventName", "Equals", values(99))));
    }

    assertThat(SelectorValidator.validate(selectors)).containsExactly(MANAGEMENT);
  }

  @Test
  void rejectsMissingSelectors() {
    assertRejected(List.of(), "At least one advanced event selector is required");
    assertRejected(null, "At least one advanced event selector is required");
  }

  @Test
  void rejectsMoreThanFiveSelectors() {
    List<AdvancedEventSelector> selectors = Collections.nCopies(6, unnamed(category("Management")));

    assertRejected(selectors, "Selector #6: at most 5 advanced event selectors are allowed, got 6");
  }

  @Test
  void rejectsSelectorWithoutFieldSelectors() {
    assertRejected(List.of(selector("Empty")), "Selector \"Empty\" (#1): at least one field selector is required");
  }

  @Test
  void rejectsNameLongerThanOneThousandCharacters() {
    assertRejected(List.of(selector("n".repeat(1001), category("Management"))),
        "Selector #1: name is 1001 characters long; at most 1000 are allowed");
  }

  @Test
  void rejectsSelectorWithoutEventCategory() {
    assertRejected(List.of(unnamed(field("eventName", "Equals", "GetObject"))),
        "Selector #1: field eventCategory is required");
  }

  @Test
  void rejectsEventCategoryWithOtherOperatorThanEquals() {
    assertRejected(List.of(unnamed(with(category("Management"), "NotEquals", "Data"))),
        "Selector #1: field eventCategory allows only the Equals operator, got NotEquals");
  }

  @Test
  void rejectsEventCategoryWithSeveralValues() {
    assertRejected(List.of(unnamed(category("Management"), field("eventName", "Equals", "x")),
            unnamed(field("eventCategory", "Equals", "Management", "Data"))),
        "Selector #2: field eventCategory operator Equals must have exactly one value, got 2");
  }

  @Test
  void rejectsUnknownEventCategory() {
    assertRejected(List.of(unnamed(category("management"))),
        "Selector #1: field eventCategory operator Equals has unknown category \"management\"", "Management, Data");
  }

  @Test
  void rejectsFieldSelectorWithoutOperator() {
    assertRejected(List.of(unnamed(category("Management"), bare("eventName"))),
        "Selector #1: field eventName has no operator");
  }

  @Test
  void rejectsEmptyOperatorList() {
    assertRejected(List.of(unnamed(category("Management"), field("eventName", "StartsWith"))),
        "Selector #1: field eventName operator StartsWith has no values");
  }

  @Test
  void rejectsEmptyValue() {
    assertRejected(List.of(unnamed(category("Management"), field("eventName", "EndsWith", ""))),
        "field eventName operator EndsWith has a value of 0 characters; values must be 1..2048 characters long");
  }

  @Test
  void rejectsValueLongerThan2048Characters() {
    assertRejected(List.of(unnamed(category("Management"), field("eventName", "Equals", "v".repeat(2049)))),
        "field eventName operator Equals has a value of 2049 characters");
  }

  @Test
  void rejectsFieldNameWithInvalidCharacters() {
    assertRejected(List.of(unnamed(category("Management"), field("event-name", "Equals", "x"))),
        "Selector #1: field \"event-name\" is not a valid field name");
  }

  @Test
  void rejectsEmptyFieldName() {
    assertRejected(List.of(unnamed(category("Management"), field("", "Equals", "x"))),
        "Selector #1: field selector #2 has no field name");
  }

  @Test
  void rejectsFieldNameLongerThanOneThousandCharacters() {
    assertRejected(List.of(unnamed(category("Management"), field("f".repeat(1001), "Equals", "x"))),
        "Selector #1: field selector #2 has a field name of 1001 characters; at most 1000 are allowed");
  }

  @Test
  void rejectsUnknownField() {
    assertRejected(List.of(unnamed(category("Management"), field("awsRegion", "Equals", "us-east-1"))),
        "Selector #1: field awsRegion is not supported for Management events; allowed fields: eventCategory");
  }

  @Test
  void rejectsSameFieldTwiceInOneSelector() {
    assertRejected(List.of(unnamed(category("Management"),
            field("eventName", "Equals", "a"), field("eventName", "NotEquals", "b"))),
        "Selector #1: field eventName appears more than once");
  }

  @Test
  void rejectsMoreThanFiveHundredValuesInTotal() {
    List<AdvancedEventSelector> selectors = List.of(
        unnamed(category("Management"), field("eventName", "Equals", values(300))),
        selector("Second", category("Management"), field("eventSource", "StartsWith", values(199))));

    assertRejected(selectors, "Selector \"Second\" (#2): field eventSource operator StartsWith exceeds the limit"
        + " of 500 values in total across all selectors");
  }

  @Test
  void namesUnnamedSelectorsByPositionOnly() {
    assertRejected(List.of(unnamed(category("Management")), selector("", category("Data"))),
        "Selector #2: field resources.type is required for Data events");
  }

  private static String[] values(int count) {
    String[] values = new String[count];
    for (int index = 0; index < count; index++) {
      values[index] = "Value" + index;
    }
    return values;
  }
}
