package dev.eventlake.store.selector;

import static dev.eventlake.store.selector.TestSelectors.category;
import static dev.eventlake.store.selector.TestSelectors.field;
import static dev.eventlake.store.selector.TestSelectors.selector;
import static dev.eventlake.store.selector.TestSelectors.unnamed;
import static dev.eventlake.store.selector.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.error.LakeException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of {@link SelectorValidator}: one rejection per rule on the fields, operators and values of a category. */
class SelectorValidatorCategoryTest {

  @Test
  void rejectsReadOnlyWithOtherOperatorThanEquals() {
    assertRejected(List.of(unnamed(category("Management"), field("readOnly", "NotEquals", "true"))),
        "Selector #1: field readOnly allows only the Equals operator, got NotEquals");
  }

  @Test
  void rejectsReadOnlyValueOtherThanTrueOrFalse() {
    assertRejected(List.of(unnamed(category("Management"), field("readOnly", "Equals", "True"))),
        "Selector #1: field readOnly operator Equals has invalid value \"True\"; expected true or false");
  }

  @Test
  void rejectsSessionCredentialFromConsoleWithPrefixOperator() {
    assertRejected(List.of(unnamed(category("Management"),
            field("sessionCredentialFromConsole", "StartsWith", "t"))),
        "field sessionCredentialFromConsole allows only the Equals and NotEquals operators, got StartsWith");
  }

  @ParameterizedTest
  @ValueSource(strings = {"resources.type", "resources.ARN", "errorCode", "vpcEndpointId"})
  void rejectsFieldsManagementDoesNotSupport(String field) {
    assertRejected(List.of(unnamed(category("Management"), field(field, "Equals", "AWS::S3::Object"))),
        "Selector #1: field " + field + " is not supported for Management events");
  }

  @Test
  void rejectsDataSelectorWithoutResourceType() {
    assertRejected(List.of(selector("S3", category("Data"), field("eventName", "Equals", "GetObject"))),
        "Selector \"S3\" (#1): field resources.type is required for Data events");
  }

  @Test
  void rejectsResourceTypeWithOtherOperatorThanEquals() {
    List<AdvancedEventSelector> selectors = List.of(
        unnamed(category("Management")),
        selector("Log S3 reads", category("Data"), field("resources.type", "StartsWith", "AWS::S3::")));

    assertThatThrownBy(() -> SelectorValidator.validate(selectors))
        .isInstanceOf(LakeException.class)
        .hasMessage("Selector \"Log S3 reads\" (#2): field resources.type allows only the Equals operator,"
            + " got StartsWith");
  }

  @Test
  void rejectsResourceTypeWithSeveralValues() {
    assertRejected(List.of(unnamed(category("Data"),
            field("resources.type", "Equals", "AWS::S3::Object", "AWS::Lambda::Function"))),
        "field resources.type operator Equals must have exactly one value for Data events, got 2");
  }

  @Test
  void rejectsResourceTypeThatIsNotAwsServiceType() {
    assertRejected(List.of(unnamed(category("Data"), field("resources.type", "Equals", "S3Object"))),
        "field resources.type operator Equals has invalid value \"S3Object\"; expected a resource type");
  }

  @ParameterizedTest
  @ValueSource(strings = {"errorCode", "vpcEndpointId"})
  void rejectsNetworkFieldsInDataSelector(String field) {
    assertRejected(List.of(unnamed(category("Data"), field("resources.type", "Equals", "AWS::S3::Object"),
            field(field, "Equals", "VpceAccessDenied"))),
        "field " + field + " is not supported for Data events");
  }

  @Test
  void rejectsNetworkActivitySelectorWithoutEventSource() {
    assertRejected(List.of(unnamed(category("NetworkActivity"), field("vpcEndpointId", "Equals", "vpce-1"))),
        "Selector #1: field eventSource is required for NetworkActivity events");
  }

  @Test
  void rejectsNetworkActivityEventSourceWithOtherOperatorThanEquals() {
    assertRejected(List.of(unnamed(category("NetworkActivity"), field("eventSource", "StartsWith", "kms"))),
        "field eventSource allows only the Equals operator, got StartsWith");
  }

  @Test
  void rejectsNetworkActivityEventSourceWithSeveralValues() {
    assertRejected(List.of(unnamed(category("NetworkActivity"),
            field("eventSource", "Equals", "kms.amazonaws.com", "ec2.amazonaws.com"))),
        "field eventSource operator Equals must have exactly one value for NetworkActivity events, got 2");
  }

  @Test
  void rejectsErrorCodeOtherThanVpceAccessDenied() {
    assertRejected(List.of(unnamed(category("NetworkActivity"), field("eventSource", "Equals", "kms.amazonaws.com"),
            field("errorCode", "Equals", "AccessDenied"))),
        "field errorCode operator Equals has invalid value \"AccessDenied\"; expected VpceAccessDenied");
  }

  @Test
  void rejectsErrorCodeWithOtherOperatorThanEquals() {
    assertRejected(List.of(unnamed(category("NetworkActivity"), field("eventSource", "Equals", "kms.amazonaws.com"),
            field("errorCode", "NotEquals", "VpceAccessDenied"))),
        "field errorCode allows only the Equals operator, got NotEquals");
  }

  @ParameterizedTest
  @ValueSource(strings = {"readOnly", "eventType", "sessionCredentialFromConsole", "resources.ARN"})
  void rejectsFieldsNetworkActivityDoesNotSupport(String field) {
    assertRejected(List.of(unnamed(category("NetworkActivity"), field("eventSource", "Equals", "kms.amazonaws.com"),
            field(field, "Equals", "true"))),
        "field " + field + " is not supported for NetworkActivity events");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Insight", "ConfigurationItem", "Evidence", "ActivityAuditLog"})
  void rejectsAnyFieldBesidesEventCategoryInStandaloneCategories(String category) {
    assertRejected(List.of(unnamed(category(category), field("eventName", "Equals", "x"))),
        "Selector #1: field eventName is not supported for " + category + " events; allowed fields: eventCategory");
  }

  @Test
  void rejectsStandaloneCategoryMixedWithManagement() {
    assertRejected(List.of(unnamed(category("Management")), selector("Insights", category("Insight"))),
        "Selector \"Insights\" (#2): field eventCategory operator Equals: Insight events cannot be combined with"
            + " Management events");
  }

  @Test
  void rejectsTwoDifferentStandaloneCategories() {
    assertRejected(List.of(unnamed(category("ActivityAuditLog")), unnamed(category("Evidence"))),
        "Selector #2: field eventCategory operator Equals: Evidence events cannot be combined with ActivityAuditLog");
  }
}
