package dev.eventlake.query.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.query.engine.CorpusEngine;
import dev.eventlake.query.engine.LakeEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EXPLAIN shows each kind of pushdown landing in the {@code LakeTableScan}. */
class LakePushdownIT {
  @TempDir
  static Path dataDirectory;
  private static CorpusEngine corpus;
  private static LakeEngine engine;
  private static String storeId;

  @BeforeAll
  static void openLake() throws Exception {
    corpus = CorpusEngine.open(dataDirectory);
    engine = corpus.engine();
    storeId = corpus.storeId();
  }

  @AfterAll
  static void close() {
    corpus.close();
  }

  @Test
  void pushesTimeRangeAndStringEqualityIntoTheScan() {
    String plan = engine.explain("SELECT eventName FROM \"" + storeId + "\" WHERE eventTime >= TIMESTAMP "
        + "'2024-01-05 00:00:00' AND eventTime < TIMESTAMP '2024-01-06 00:00:00' AND eventName = 'ConsoleLogin'");
    assertThat(plan).contains("LakeTableScan(table=[[lake, " + storeId + "]], columns=[[eventName]], "
        + "eventTime=[[2024-01-05T00:00:00Z, 2024-01-05T23:59:59.999Z]], "
        + "filters=[[ValueFilter[column=eventName, values=[ConsoleLogin]]]]").doesNotContain("Filter(");
  }

  @Test
  void pushesIsNotNullOnStringColumnsOnly() {
    String plan = engine.explain("SELECT eventSource FROM \"" + storeId + "\" WHERE errorCode IS NOT NULL AND "
        + "userIdentity.arn IS NOT NULL AND requestParameters IS NOT NULL");
    assertThat(plan).contains("filters=[[ValueFilter[column=errorCode, values=null], "
        + "ValueFilter[column=userIdentity.arn, values=null]]]").contains("IS NOT NULL($");
  }

  @Test
  void pushesInListsAndKeepsWhatTheScanCannotApply() {
    String plan = engine.explain("SELECT eventID FROM \"" + storeId + "\" WHERE eventSource IN "
        + "('s3.amazonaws.com', 'iam.amazonaws.com') AND userAgent LIKE '%boto%'");
    assertThat(plan).contains("columns=[[eventID, userAgent]], filters=[[ValueFilter[column=eventSource, "
        + "values=[iam.amazonaws.com, s3.amazonaws.com]]]]").contains("POSITION(", "$condition");
  }

  @Test
  void readsOnlyTheNestedSubFieldsAQueryNeeds() {
    String plan = engine.explain("SELECT userIdentity.arn, userIdentity.sessionContext.sessionIssuer.userName "
        + "FROM \"" + storeId + "\" WHERE userIdentity.accessKeyId = 'AKIAEXAMPLE'");
    assertThat(plan).contains("columns=[[userIdentity.arn, userIdentity.sessionContext.sessionIssuer.userName")
        .contains("filters=[[ValueFilter[column=userIdentity.accessKeyId, values=[AKIAEXAMPLE]]]]");
  }

  @Test
  void pushesAnUnorderedLimit() {
    assertThat(engine.explain("SELECT eventID FROM \"" + storeId + "\" LIMIT 5")).contains("limit=[5]");
    assertThat(engine.explain("SELECT eventID FROM \"" + storeId + "\" ORDER BY eventID LIMIT 5"))
        .doesNotContain("limit=[5]");
  }

  @Test
  void countsFromMetadata() {
    String plan = engine.explain("SELECT COUNT(*) FROM \"" + storeId + "\" WHERE eventTime > "
        + "TIMESTAMP '2024-01-05 00:00:00' AND eventName = 'ConsoleLogin'");
    assertThat(plan).contains("count=[true]").doesNotContain("Aggregate");
  }
}
