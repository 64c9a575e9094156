package dev.eventlake.store.selector;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventResource;
import java.util.ArrayList;
import java.util.List;

/** One field selector compiled for matching: the field's accessor and the operators that must all hold. */
final class FieldCondition {
  private final SelectorField field;
  private final OperatorCondition[] operators;

  private FieldCondition(SelectorField field, OperatorCondition[] operators) {
    this.field = field;
    this.operators = operators;
  }

  /** Resolves the field's accessor once; a field the matcher cannot read is a programming error. */
  static FieldCondition compile(AdvancedFieldSelector fieldSelector) {
    SelectorField field =
        SelectorField.fromWireName(fieldSelector.field())
            .orElseThrow(() -> new IllegalArgumentException("unknown selector field " + fieldSelector.field()));
    List<OperatorCondition> operators = new ArrayList<>();
    for (SelectorOperator operator : SelectorOperator.values()) {
      List<String> values = operator.valuesIn(fieldSelector);
      if (values != null) {
        operators.add(new OperatorCondition(operator, values));
      }
    }
    return new FieldCondition(field, operators.toArray(OperatorCondition[]::new));
  }

  boolean isResourceCondition() {
    return field.isResourceField();
  }

  /** Whether every operator holds for this field's value in the event. */
  boolean holdsFor(CloudTrailEvent event) {
    return allOperatorsHold(field.valueOf(event));
  }

  /** Whether every operator holds for this resource field's value in one resource. */
  boolean holdsFor(EventResource resource) {
    return allOperatorsHold(field.valueOf(resource));
  }

  private boolean allOperatorsHold(String fieldValue) {
    for (OperatorCondition operator : operators) {
      if (!operator.holdsFor(fieldValue)) {
        return false;
      }
    }
    return true;
  }
}
