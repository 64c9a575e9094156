package dev.eventlake.query.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.storage.EventSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column paths resolve to the schema's spelling; paths into collections or non-string filters are refused. */
class ColumnPathsTest {
  @Test
  void resolvesExactlyOrIgnoringCase() {
    assertThat(ColumnPaths.resolve(EventSchema.SCHEMA, "useridentity.SessionContext.sessionissuer.userName"))
        .containsExactly("userIdentity", "sessionContext", "sessionIssuer", "userName");
    assertThat(ColumnPaths.resolve(EventSchema.SCHEMA, "resources")).containsExactly("resources");
  }

  @Test
  void refusesPathsIntoCollectionsUnknownFieldsAndNonStringFilters() {
    assertThatThrownBy(() -> ColumnPaths.resolve(EventSchema.SCHEMA, "requestParameters.key_value.key"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestParameters.key_value.key");
    assertThatThrownBy(() -> ColumnPaths.resolve(EventSchema.SCHEMA, "userIdentity.nothing"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no field 'nothing'");
    assertThatThrownBy(() -> ColumnPaths.resolveStringLeaf(EventSchema.SCHEMA, "readOnly"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("string column");
    assertThat(ColumnPaths.resolveStringLeaf(EventSchema.SCHEMA, "userIdentity.arn"))
        .isEqualTo(List.of("userIdentity", "arn"));
  }
}
