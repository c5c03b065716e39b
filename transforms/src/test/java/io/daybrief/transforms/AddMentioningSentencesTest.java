package io.daybrief.transforms;

import static io.daybrief.transforms.Fixtures.document;
import static io.daybrief.transforms.Fixtures.paragraph;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DayDocuments;
import io.daybrief.text.DateFilter;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class AddMentioningSentencesTest {
  private static final DateFilter ALL_DATES = new DateFilter(null, null, true);

  private static final AnalyzedDocument TUESDAY = document("a", "2011-01-25", "Crowds filled Tahrir Square .");
  private static final AnalyzedDocument WEDNESDAY = document("b", "2011-01-26",
      "Police fired tear gas yesterday .",
      "The army stayed in its barracks .",
      "Small protests began on Jan . 20 in Alexandria .",
      "Talks were held on Monday .",
      "A rally is planned for Jan . 28 .");

  @Test
  void aDateGetsTheSentencesOfLaterArticlesThatNameIt(TestPipeline pipeline) {
    PCollection<DayDocuments> days = pipeline
        .apply(Create.of(
            new DayDocuments("2011-01-25", List.of(TUESDAY)), new DayDocuments("2011-01-26", List.of(WEDNESDAY))))
        .apply(new AddMentioningSentences(ALL_DATES, 2));

    // Wednesday's article joins Tuesday reduced to the sentence naming it, keeping its id, own date
    // and the paragraph's position; Monday, which has no article, becomes a date; Jan. 20 lies
    // beyond the two days, and Jan. 28 is not reported but announced.
    PAssert.that(days).containsInAnyOrder(
        new DayDocuments("2011-01-24", List.of(
            new AnalyzedDocument("b", "2011-01-26", List.of(paragraph(3, "Talks were held on Monday ."))))),
        new DayDocuments("2011-01-25", List.of(TUESDAY,
            new AnalyzedDocument("b", "2011-01-26", List.of(paragraph(0, "Police fired tear gas yesterday ."))))),
        new DayDocuments("2011-01-26", List.of(WEDNESDAY)));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void onlyTheRunsDatesGetSentences(TestPipeline pipeline) {
    DateFilter fromTuesday = new DateFilter(LocalDate.of(2011, 1, 25), null, false);
    PCollection<DayDocuments> days = pipeline
        .apply(Create.of(new DayDocuments("2011-01-26", List.of(WEDNESDAY))))
        .apply(new AddMentioningSentences(fromTuesday, 7));

    PAssert.that(days).containsInAnyOrder(
        new DayDocuments("2011-01-25", List.of(
            new AnalyzedDocument("b", "2011-01-26", List.of(paragraph(0, "Police fired tear gas yesterday ."))))),
        new DayDocuments("2011-01-26", List.of(WEDNESDAY)));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void undatedDocumentsNameNoDate(TestPipeline pipeline) {
    AnalyzedDocument undated = document("u", "undated", "It rained yesterday in Cairo .");
    PCollection<DayDocuments> days = pipeline
        .apply(Create.of(new DayDocuments("undated", List.of(undated))))
        .apply(new AddMentioningSentences(ALL_DATES, 2));

    PAssert.that(days).containsInAnyOrder(new DayDocuments("undated", List.of(undated)));
    pipeline.run().waitUntilFinish();
  }
}
