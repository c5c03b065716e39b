package io.daybrief.transforms;

import static io.daybrief.transforms.Fixtures.document;
import static io.daybrief.transforms.Fixtures.paragraph;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DayDocuments;
import io.daybrief.text.LaterCopies;
import io.daybrief.text.NearDuplicates;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class DedupeParagraphsTest {
  static final DedupeParagraphs.Settings SETTINGS = new DedupeParagraphs.Settings(
      4, 4, NearDuplicates.Settings.DEFAULT, new LaterCopies.TemplateRule(5, 3));
  private static final String FLED = "More than 1 million people have fled Ukraine.";
  private static final String FLED_COPY = "\"More than 1 million people have fled Ukraine\".";
  private static final String TALKS = "A second round of talks could come later Thursday.";
  private static final String KYIV = "The situation in Kyiv is difficult but under control.";

  @Test
  void keepsEachParagraphAtItsEarliestDateThenDocumentThenPosition(TestPipeline pipeline) {
    AnalyzedDocument march3 = document("b", "2022-03-03", FLED_COPY, TALKS);
    AnalyzedDocument march2 = document("z", "2022-03-02", TALKS, FLED);
    AnalyzedDocument sameDay = document("a", "2022-03-03", KYIV, TALKS, KYIV);
    AnalyzedDocument undated = document("0", "undated", FLED, KYIV);

    PCollection<DayDocuments> days =
        pipeline.apply(Create.of(march3, march2, sameDay, undated)).apply(new DedupeParagraphs(SETTINGS));

    PAssert.that(days).containsInAnyOrder(
        new DayDocuments("2022-03-02", List.of(march2)),
        new DayDocuments("2022-03-03", List.of(
            new AnalyzedDocument("a", "2022-03-03", List.of(paragraph(0, KYIV))),
            new AnalyzedDocument("b", "2022-03-03", List.of()))),
        new DayDocuments("undated", List.of(new AnalyzedDocument("0", "undated", List.of()))));
    pipeline.run().waitUntilFinish();
  }
}
