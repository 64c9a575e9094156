package dev.eventlake.query.sql;

import dev.eventlake.store.event.CloudTrailEvent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.schema.SchemaPlus;

/** The golden engine over {@link CorpusTable}s on a dialect connection from {@link LakeConnections}. */
final class CorpusGoldenEngine implements GoldenEngine {
  static final String STORE1_ID = "a1b2c3d4-0000-4aaa-8bbb-123456789abc";
  static final String STORE1_NAME = "management-events";
  static final String STORE2_ID = "0f6a7b8e-1111-4ccc-9ddd-abcdefabcdef";

  private final Connection connection;

  CorpusGoldenEngine() {
    List<CloudTrailEvent> events = CorpusEvents.all();
    CorpusTable store1 = new CorpusTable(events.stream()
        .filter(event -> "Management".equals(event.eventCategory())).toList());
    CorpusTable store2 = new CorpusTable(events.stream()
        .filter(event -> !"us-east-1".equals(event.awsRegion())).toList());
    try {
      connection = LakeConnections.open((SchemaPlus root) -> {
        root.add(STORE1_ID, store1);
        root.add(STORE1_NAME, store1);
        root.add(STORE2_ID, store2);
      });
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }

  @Override
  public String store1() {
    return STORE1_ID;
  }

  @Override
  public String store2() {
    return STORE2_ID;
  }

  @Override
  public Result run(String statement) {
    try (LakeQuery query = LakeConnections.execute(connection, statement)) {
      ResultSet resultSet = query.resultSet();
      int columns = query.labels().size();
      List<List<String>> rows = new ArrayList<>();
      while (resultSet.next()) {
        List<String> row = new ArrayList<>(columns);
        for (int column = 1; column <= columns; column++) {
          row.add(ResultRendering.render(resultSet, column));
        }
        rows.add(row);
      }
      return new Result(query.labels(), rows);
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }
}
