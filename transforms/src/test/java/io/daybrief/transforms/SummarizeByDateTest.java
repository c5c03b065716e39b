package io.daybrief.transforms;

import static io.daybrief.transforms.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.model.DailySummary;
import io.daybrief.model.DayDocuments;
import io.daybrief.text.DaySummarizer;
import io.daybrief.text.IdfHorizon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class SummarizeByDateTest {

  @Test
  void aDateCountsItsOwnArticlesAndTheOtherDaysArticlesNamingIt() {
    // Dated by report, 2011-01-25 holds its own article, one of the 26th naming it ("on Tuesday")
    // and one of the 26th there by its lead only (no date named): importance 1 + 1.
    DayDocuments day = new DayDocuments("2011-01-25", List.of(
        document("a", "2011-01-25", "crowds marched in cairo today"),
        document("b", "2011-01-26", "police fired tear gas on Tuesday"),
        document("c", "2011-01-26", "the square was full of people")));
    DailySummary summary = SummarizeByDate.summarize(new DaySummarizer(SETTINGS), day,
        new DaySummarizer.Frequencies(3, term -> 1));
    assertEquals(1, summary.documents());
    assertEquals(2.0, summary.importance(), 0);
  }

  @Test
  void keyDatesAreTheMostImportantTiesToMoreArticlesThenTheEarlierDate(TestPipeline pipeline) {
    PCollection<DailySummary> summaries = pipeline.apply(Create.of(
        new DailySummary("2011-01-24", 1, List.of(), 5),
        new DailySummary("2011-01-25", 3, List.of(), 4),
        new DailySummary("2011-01-26", 4, List.of(), 4),
        new DailySummary("2011-01-27", 4, List.of(), 4),
        new DailySummary("2011-01-28", 9, List.of(), 1)));
    PAssert.that(summaries.apply(new KeepKeyDates(3)).apply(
            org.apache.beam.sdk.transforms.MapElements.into(org.apache.beam.sdk.values.TypeDescriptors.strings())
                .via(DailySummary::date)))
        .containsInAnyOrder("2011-01-24", "2011-01-26", "2011-01-27");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void scoresWithTheCollectionIdfAndKeepsTheBestSentences(TestPipeline pipeline) {
    DayDocuments day = new DayDocuments("2022-03-03", List.of(
        document("a", "2022-03-03", "refugees fled kyiv", "talks in belarus"),
        document("b", "2022-03-03", "refugees fled kyiv again")));
    PCollection<DayDocuments> days = pipeline.apply("Days", Create.of(day));
    // Frequencies arrive split over shards: the transform must merge the partial maps.
    PCollection<KV<String, Map<String, Long>>> frequencies = frequencies(pipeline,
        KV.of("2022-03-03", Map.of("refugees", 2L, "fled", 2L, "kyiv", 10L)),
        KV.of("2022-03-03", Map.of("talks", 1L, "in", 10L, "belarus", 1L, "again", 1L)));
    PCollection<DailySummary> summaries = summarize(pipeline, days, frequencies, Map.of("2022-03-01", 10L), 1);

    // Only the merged maps give this score: either partial alone lacks terms of the sentence.
    Map<String, Long> merged = Map.of("refugees", 2L, "fled", 2L, "kyiv", 10L, "talks", 1L, "in", 10L, "belarus", 1L,
        "again", 1L);
    DaySummarizer.Selected best = expectedBest(day, merged, 10L);
    String expectedText = best.sentence().text();
    String expectedDocument = best.sentence().document();
    double expectedScore = best.score();
    PAssert.thatSingleton(summaries).satisfies(summary -> {
      assertEquals("2022-03-03", summary.date());
      assertEquals(2, summary.documents());
      assertEquals(1, summary.sentences().size());
      assertEquals(expectedText, summary.sentences().get(0).text());
      assertEquals(expectedDocument, summary.sentences().get(0).document());
      assertEquals(expectedScore, summary.sentences().get(0).score(), 1e-12);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aDateCountsOnlyItsOwnArticles(TestPipeline pipeline) {
    // A later article that names the date (KeyByReportedDate) lends sentences, not an article.
    DayDocuments day = new DayDocuments("2022-03-03", List.of(
        document("a", "2022-03-03", "refugees fled kyiv"),
        document("b", "2022-03-04", "talks held in belarus yesterday")));
    PCollection<KV<String, Map<String, Long>>> frequencies = frequencies(pipeline, KV.of("2022-03-03", Map.of("kyiv", 1L)));
    PCollection<DailySummary> summaries =
        summarize(pipeline, pipeline.apply("Days", Create.of(day)), frequencies, Map.of("2022-03-03", 2L), 2);

    PAssert.thatSingleton(summaries).satisfies(summary -> {
      assertEquals(1, summary.documents());
      assertEquals(2, summary.sentences().size());
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void joinsEachDateWithItsOwnFrequenciesAndDocumentCountAndCountsDocumentsWithoutParagraphs(TestPipeline pipeline) {
    PCollection<DayDocuments> days = pipeline.apply("Days", Create.of(
        new DayDocuments("2022-03-03", List.of(
            document("a", "2022-03-03"),
            document("b", "2022-03-03", "refugees fled kyiv"))),
        new DayDocuments("2022-03-04", List.of(document("c", "2022-03-04", "talks in belarus")))));
    PCollection<KV<String, Map<String, Long>>> frequencies = frequencies(pipeline,
        KV.of("2022-03-03", Map.of("refugees", 2L, "fled", 2L, "kyiv", 10L)),
        KV.of("2022-03-04", Map.of("talks", 1L, "in", 10L, "belarus", 1L)));
    // Dated by publication, the 3rd counts its own 4 documents, the 4th those of both dates.
    PCollection<DailySummary> summaries =
        summarize(pipeline, days, frequencies, Map.of("2022-03-03", 4L, "2022-03-04", 6L), 1);
    double expectedThird = expectedBest(
        new DayDocuments("2022-03-03", List.of(document("b", "2022-03-03", "refugees fled kyiv"))),
        Map.of("refugees", 2L, "fled", 2L, "kyiv", 10L), 4L).score();
    double expectedFourth = expectedBest(
        new DayDocuments("2022-03-04", List.of(document("c", "2022-03-04", "talks in belarus"))),
        Map.of("talks", 1L, "in", 10L, "belarus", 1L), 10L).score();

    PAssert.that(summaries).satisfies(all -> {
      Map<String, DailySummary> byDate = new TreeMap<>();
      all.forEach(summary -> byDate.put(summary.date(), summary));
      assertEquals(List.of("2022-03-03", "2022-03-04"), List.copyOf(byDate.keySet()));
      assertEquals(2, byDate.get("2022-03-03").documents());
      assertEquals("refugees fled kyiv", byDate.get("2022-03-03").sentences().get(0).text());
      assertEquals(expectedThird, byDate.get("2022-03-03").sentences().get(0).score(), 1e-12);
      assertEquals(1, byDate.get("2022-03-04").documents());
      assertEquals(expectedFourth, byDate.get("2022-03-04").sentences().get(0).score(), 1e-12);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  private static final DaySummarizer.Settings SETTINGS = new DaySummarizer.Settings(1, 0, 3, 0.5);

  /** The best sentence of one date as the pure summarizer picks it with the given frequencies. */
  private static DaySummarizer.Selected expectedBest(DayDocuments day, Map<String, Long> frequencies, long documents) {
    List<DaySummarizer.Candidate> candidates = new ArrayList<>();
    day.documents().forEach(document -> document.paragraphs().forEach(paragraph -> candidates.add(
        new DaySummarizer.Candidate(document.id(), paragraph.position(), 0, paragraph.sentences().get(0).text(),
            paragraph.sentences().get(0).terms()))));
    return new DaySummarizer(SETTINGS).summarize(candidates,
        new DaySummarizer.Frequencies(documents, term -> frequencies.getOrDefault(term, 0L))).get(0);
  }

  /** {@link SummarizeByDate} over the given inputs. */
  private static PCollection<DailySummary> summarize(TestPipeline pipeline, PCollection<DayDocuments> days,
      PCollection<KV<String, Map<String, Long>>> frequencies, Map<String, Long> documentsPerDate, int sentencesPerDate) {
    return PCollectionTuple.of(SummarizeByDate.DAYS, days)
        .and(SummarizeByDate.FREQUENCIES, frequencies)
        .and(SummarizeByDate.DOCUMENT_COUNT, pipeline.apply("DocumentCount", Create.of(List.of(documentsPerDate))
            .withCoder(MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))))
        .apply(new SummarizeByDate(new DaySummarizer.Settings(sentencesPerDate, 0, 3, 0.5), new IdfHorizon(0)));
  }

  /** Each date's partial document frequencies, as {@link LookupDocumentFrequencies} sends them. */
  @SafeVarargs
  private static PCollection<KV<String, Map<String, Long>>> frequencies(
      TestPipeline pipeline, KV<String, Map<String, Long>>... partials) {
    return pipeline.apply("Frequencies", Create.of(List.of(partials))
        .withCoder(KvCoder.of(StringUtf8Coder.of(), MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))));
  }
}
