package io.daybrief.transforms;

import io.daybrief.model.Document;
import io.daybrief.text.DateFilter;
import java.time.LocalDate;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class ResolveDatesTest {
  private static final Document EXPLICIT = new Document("x", "2022-03-03", "", "Body.", "x.txt");
  private static final Document IN_TEXT =
      new Document("t", null, "", "Headline\n2 March 2022, 13:44 | Updated: 2 March 2022, 15:19\nBody.", "t.txt");
  private static final Document NONE = new Document("n", null, "", "Last week, on Thursday.", "n.txt");

  @Test
  void explicitDateFirstThenTextThenUndated(TestPipeline pipeline) {
    PCollection<Document> resolved =
        pipeline.apply(Create.of(EXPLICIT, IN_TEXT, NONE)).apply(new ResolveDates(new DateFilter(null, null, true)));
    PAssert.that(resolved).containsInAnyOrder(EXPLICIT, IN_TEXT.withDate("2022-03-02"), NONE.withDate("undated"));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void anArchivePartitionDatesADocumentWithoutADateOfItsOwn(TestPipeline pipeline) {
    Document inPartition = new Document("p", null, "", IN_TEXT.text(), "/archive/2022/03/04/p.txt");
    Document explicitInPartition = new Document("q", "2022-03-03", "", "Body.", "/archive/date=2022-03-04/q.jsonl:1");
    PCollection<Document> resolved = pipeline.apply(Create.of(inPartition, explicitInPartition))
        .apply(new ResolveDates(new DateFilter(null, null, true)));
    PAssert.that(resolved).containsInAnyOrder(inPartition.withDate("2022-03-04"), explicitInPartition);
    pipeline.run().waitUntilFinish();
  }

  @Test
  void rangeLeavesOutOtherDatesAndUndated(TestPipeline pipeline) {
    DateFilter onlyMarch2 = new DateFilter(LocalDate.parse("2022-03-02"), LocalDate.parse("2022-03-02"), true);
    PCollection<Document> resolved =
        pipeline.apply(Create.of(EXPLICIT, IN_TEXT, NONE)).apply(new ResolveDates(onlyMarch2));
    PAssert.that(resolved).containsInAnyOrder(IN_TEXT.withDate("2022-03-02"));
    pipeline.run().waitUntilFinish();
  }
}
