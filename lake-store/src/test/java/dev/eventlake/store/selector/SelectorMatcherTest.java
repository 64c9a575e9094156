package dev.eventlake.store.selector;

import static dev.eventlake.store.selector.TestEvents.dataEvent;
import static dev.eventlake.store.selector.TestEvents.eventOfCategory;
import static dev.eventlake.store.selector.TestEvents.managementEvent;
import static dev.eventlake.store.selector.TestSelectors.category;
import static dev.eventlake.store.selector.TestSelectors.field;
import static dev.eventlake.store.selector.TestSelectors.unnamed;
import static dev.eventlake.store.selector.TestSelectors.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.event.CloudTrailEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of {@link SelectorMatcher}: how selectors, field selectors, operators and values combine. */
class SelectorMatcherTest {

  @Test
  void defaultSelectorsMatchManagementEventsOnly() {
    SelectorMatcher matcher = new SelectorMatcher(SelectorValidator.defaultSelectors());

    assertThat(matcher.matches(managementEvent().eventName("CreateBucket").build())).isTrue();
    assertThat(matcher.matches(dataEvent().resource("AWS::S3::Object", "arn:aws:s3:::b/k").build())).isFalse();
  }

  @Test
  void emptySelectorListMatchesNothing() {
    assertThat(new SelectorMatcher(List.of()).matches(managementEvent().build())).isFalse();
  }

  @Test
  void eventMatchingAnySelectorIsSelected() {
    SelectorMatcher matcher = matcher(
        unnamed(category("Management"), field("eventName", "Equals", "CreateBucket")),
        unnamed(category("Management"), field("eventName", "Equals", "DeleteBucket")));

    assertThat(matcher.matches(managementEvent().eventName("CreateBucket").build())).isTrue();
    assertThat(matcher.matches(managementEvent().eventName("DeleteBucket").build())).isTrue();
    assertThat(matcher.matches(managementEvent().eventName("PutObject").build())).isFalse();
  }

  @Test
  void everyFieldSelectorOfASelectorMustHold() {
    SelectorMatcher matcher = matcher(unnamed(category("Management"),
        field("eventSource", "Equals", "s3.amazonaws.com"), field("readOnly", "Equals", "false")));

    assertThat(matcher.matches(managementEvent().eventSource("s3.amazonaws.com").readOnly(false).build())).isTrue();
    assertThat(matcher.matches(managementEvent().eventSource("s3.amazonaws.com").readOnly(true).build())).isFalse();
    assertThat(matcher.matches(managementEvent().eventSource("iam.amazonaws.com").readOnly(false).build())).isFalse();
    assertThat(matcher.matches(dataEvent().eventSource("s3.amazonaws.com").readOnly(false).build())).isFalse();
  }

  @Test
  void everyOperatorOnOneFieldMustHold() {
    SelectorMatcher matcher = matcher(unnamed(category("Management"),
        with(field("eventName", "StartsWith", "Get"), "NotEquals", "GetBucketAcl")));

    assertThat(matcher.matches(managementEvent().eventName("GetBucketPolicy").build())).isTrue();
    assertThat(matcher.matches(managementEvent().eventName("GetBucketAcl").build())).isFalse();
    assertThat(matcher.matches(managementEvent().eventName("PutBucketAcl").build())).isFalse();
  }

  @Test
  void inclusionOperatorsHoldWhenAnyValueMatches() {
    SelectorMatcher equalsAny = matcher(unnamed(category("Management"), field("eventName", "Equals", "A", "B")));
    SelectorMatcher startsWithAny =
        matcher(unnamed(category("Management"), field("eventName", "StartsWith", "Get", "List")));
    SelectorMatcher endsWithAny =
        matcher(unnamed(category("Management"), field("eventName", "EndsWith", "Bucket", "Object")));

    assertThat(equalsAny.matches(named("B"))).isTrue();
    assertThat(equalsAny.matches(named("C"))).isFalse();
    assertThat(startsWithAny.matches(named("ListBuckets"))).isTrue();
    assertThat(startsWithAny.matches(named("PutObject"))).isFalse();
    assertThat(endsWithAny.matches(named("PutObject"))).isTrue();
    assertThat(endsWithAny.matches(named("ListBuckets"))).isFalse();
  }

  @Test
  void exclusionOperatorsHoldWhenNoValueMatches() {
    SelectorMatcher notEquals = matcher(unnamed(category("Management"), field("eventName", "NotEquals", "A", "B")));
    SelectorMatcher notStartsWith =
        matcher(unnamed(category("Management"), field("eventName", "NotStartsWith", "Get", "List")));
    SelectorMatcher notEndsWith =
        matcher(unnamed(category("Management"), field("eventName", "NotEndsWith", "Bucket", "Object")));

    assertThat(notEquals.matches(named("C"))).isTrue();
    assertThat(notEquals.matches(named("B"))).isFalse();
    assertThat(notStartsWith.matches(named("PutObject"))).isTrue();
    assertThat(notStartsWith.matches(named("ListBuckets"))).isFalse();
    assertThat(notEndsWith.matches(named("ListBuckets"))).isTrue();
    assertThat(notEndsWith.matches(named("PutObject"))).isFalse();
  }

  @Test
  void comparisonIsCaseSensitive() {
    SelectorMatcher matcher = matcher(unnamed(category("Management"), field("eventName", "Equals", "GetObject")));

    assertThat(matcher.matches(named("getobject"))).isFalse();
    assertThat(matcher(unnamed(category("management"))).matches(managementEvent().build())).isFalse();
  }

  @Test
  void nullFieldFailsInclusionAndPassesExclusion() {
    CloudTrailEvent withoutName = managementEvent().build();

    assertThat(matcher(unnamed(category("Management"), field("eventName", "Equals", "x"))).matches(withoutName))
        .isFalse();
    assertThat(matcher(unnamed(category("Management"), field("eventName", "StartsWith", "x"))).matches(withoutName))
        .isFalse();
    assertThat(matcher(unnamed(category("Management"), field("eventName", "NotEquals", "x"))).matches(withoutName))
        .isTrue();
    assertThat(matcher(unnamed(category("Management"), field("eventName", "NotEndsWith", "x"))).matches(withoutName))
        .isTrue();
    assertThat(matcher(unnamed(category("Management"))).matches(eventOfCategory(null).build())).isFalse();
  }

  @Test
  void readOnlyReadsAsTrueOrFalseAndNullNeverEqualsEither() {
    SelectorMatcher readsOnly = matcher(unnamed(category("Management"), field("readOnly", "Equals", "true")));
    SelectorMatcher writesOnly = matcher(unnamed(category("Management"), field("readOnly", "Equals", "false")));
    CloudTrailEvent unknown = managementEvent().readOnly(null).build();

    assertThat(readsOnly.matches(managementEvent().readOnly(true).build())).isTrue();
    assertThat(readsOnly.matches(managementEvent().readOnly(false).build())).isFalse();
    assertThat(writesOnly.matches(managementEvent().readOnly(false).build())).isTrue();
    assertThat(readsOnly.matches(unknown)).isFalse();
    assertThat(writesOnly.matches(unknown)).isFalse();
  }

  @Test
  void readsEveryEventLevelField() {
    CloudTrailEvent event = eventOfCategory("NetworkActivity").eventSource("kms.amazonaws.com")
        .eventName("Decrypt").eventType("AwsVpceEvent").sessionCredentialFromConsole("true")
        .userArn("arn:aws:iam::123456789012:user/alice").errorCode("VpceAccessDenied")
        .vpcEndpointId("vpce-0abc").build();
    SelectorMatcher matcher = matcher(unnamed(category("NetworkActivity"),
        field("eventSource", "Equals", "kms.amazonaws.com"), field("eventName", "Equals", "Decrypt"),
        field("eventType", "Equals", "AwsVpceEvent"), field("sessionCredentialFromConsole", "Equals", "true"),
        field("userIdentity.arn", "EndsWith", ":user/alice"), field("errorCode", "Equals", "VpceAccessDenied"),
        field("vpcEndpointId", "StartsWith", "vpce-")));

    assertThat(matcher.matches(event)).isTrue();
  }

  @Test
  void missingUserIdentityReadsAsNullArn() {
    CloudTrailEvent anonymous = managementEvent().build();

    assertThat(matcher(unnamed(category("Management"), field("userIdentity.arn", "StartsWith", "arn:")))
        .matches(anonymous)).isFalse();
    assertThat(matcher(unnamed(category("Management"), field("userIdentity.arn", "NotStartsWith", "arn:")))
        .matches(anonymous)).isTrue();
  }

  @Test
  void resourceInclusionHoldsWhenAnyResourceMatches() {
    SelectorMatcher matcher = matcher(dataSelector("AWS::S3::Object", "StartsWith", "arn:aws:s3:::logs/"));

    assertThat(matcher.matches(dataEvent().resource("AWS::S3::Object", "arn:aws:s3:::other/a")
        .resource("AWS::S3::Object", "arn:aws:s3:::logs/b").build())).isTrue();
    assertThat(matcher.matches(dataEvent().resource("AWS::S3::Object", "arn:aws:s3:::other/a").build())).isFalse();
  }

  @Test
  void resourceExclusionHoldsWhenSomeResourceDoesNotMatch() {
    SelectorMatcher matcher = matcher(dataSelector("AWS::S3::Object", "NotStartsWith", "arn:aws:s3:::logs/"));

    assertThat(matcher.matches(dataEvent().resource("AWS::S3::Object", "arn:aws:s3:::logs/a")
        .resource("AWS::S3::Object", "arn:aws:s3:::data/b").build())).isTrue();
    assertThat(matcher.matches(dataEvent().resource("AWS::S3::Object", "arn:aws:s3:::logs/a")
        .resource("AWS::S3::Object", "arn:aws:s3:::logs/b").build())).isFalse();
  }

  @Test
  void resourceTypeAndArnMustBeMetByTheSameResource() {
    SelectorMatcher matcher = matcher(dataSelector("AWS::S3::Object", "NotStartsWith", "arn:aws:s3:::logs/"));
    CloudTrailEvent objectInExcludedBucket = dataEvent().resource("AWS::S3::Object", "arn:aws:s3:::logs/key")
        .resource("AWS::S3::Bucket", "arn:aws:s3:::logs").build();

    assertThat(matcher.matches(objectInExcludedBucket)).isFalse();
  }

  @Test
  void eventWithoutResourcesMatchesNoResourceCondition() {
    SelectorMatcher exclusion = matcher(dataSelector("AWS::S3::Object", "NotEquals", "arn:aws:s3:::logs/a"));
    SelectorMatcher typeOnly =
        matcher(unnamed(category("Data"), field("resources.type", "Equals", "AWS::S3::Object")));

    assertThat(exclusion.matches(dataEvent().build())).isFalse();
    assertThat(exclusion.matches(dataEvent().emptyResources().build())).isFalse();
    assertThat(typeOnly.matches(dataEvent().emptyResources().build())).isFalse();
  }

  @Test
  void resourceWithoutArnFailsArnInclusionAndPassesArnExclusion() {
    CloudTrailEvent withoutArn = dataEvent().resource("AWS::S3::Object", null).build();

    assertThat(matcher(dataSelector("AWS::S3::Object", "StartsWith", "arn:")).matches(withoutArn)).isFalse();
    assertThat(matcher(dataSelector("AWS::S3::Object", "NotStartsWith", "arn:")).matches(withoutArn)).isTrue();
  }

  @Test
  void rejectsFieldItCannotRead() {
    AdvancedEventSelector unknownField = unnamed(category("Management"), field("awsRegion", "Equals", "us-east-1"));

    assertThatThrownBy(() -> new SelectorMatcher(List.of(unknownField)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("awsRegion");
  }

  private static AdvancedEventSelector dataSelector(String resourceType, String arnOperator, String arnValue) {
    return unnamed(category("Data"), field("resources.type", "Equals", resourceType),
        field("resources.ARN", arnOperator, arnValue));
  }

  private static CloudTrailEvent named(String eventName) {
    return managementEvent().eventName(eventName).build();
  }

  private static SelectorMatcher matcher(AdvancedEventSelector... selectors) {
    return new SelectorMatcher(List.of(selectors));
  }
}
