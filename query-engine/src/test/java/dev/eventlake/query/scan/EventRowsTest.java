package dev.eventlake.query.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.storage.EventSchema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;

/**
 * The event records mirror the Parquet schema component by component (names ignoring case, order, nesting), so
 * {@link EventRows#toRow} builds rows of exactly the shape a Parquet scan decodes; ActivityAuditLog members included.
 */
class EventRowsTest {
  @Test
  void recordComponentsFollowTheParquetSchema() {
    assertMirrors(CloudTrailEvent.class, EventSchema.SCHEMA, "");
  }

  private static void assertMirrors(Class<?> recordType, GroupType group, String path) {
    RecordComponent[] components = recordType.getRecordComponents();
    assertThat(components).as("members of %s", path.isEmpty() ? "the event" : path).hasSize(group.getFieldCount());
    for (int index = 0; index < components.length; index++) {
      RecordComponent component = components[index];
      Type field = group.getType(index);
      String fieldPath = path + field.getName();
      assertThat(component.getName()).as("member %d of %s", index, path).isEqualToIgnoringCase(field.getName());
      if (component.getType().isRecord()) {
        assertMirrors(component.getType(), field.asGroupType(), fieldPath + ".");
      } else if (component.getType() == List.class) {
        GroupType element = field.asGroupType().getType(0).asGroupType().getType(0).asGroupType();
        Class<?> elementType = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
        assertMirrors(elementType, element, fieldPath + "[].");
      } else if (component.getType() == Map.class) {
        assertThat(field.getLogicalTypeAnnotation()).as(fieldPath)
            .isInstanceOf(LogicalTypeAnnotation.MapLogicalTypeAnnotation.class);
      } else {
        assertThat(field.isPrimitive()).as(fieldPath).isTrue();
      }
    }
  }
}
