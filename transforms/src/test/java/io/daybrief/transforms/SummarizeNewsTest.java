package io.daybrief.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DailySummary;
import io.daybrief.model.DayDocuments;
import io.daybrief.model.Document;
import io.daybrief.text.DateFilter;
import io.daybrief.text.DaySummarizer;
import io.daybrief.text.LaterCopies;
import io.daybrief.text.NearDuplicates;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The batch composite as a graph: documents in, its three outputs asserted, no files. */
@ExtendWith(TestPipelineExtension.class)
class SummarizeNewsTest {
  private static final String SYNDICATED =
      "The rescue teams reached the northern valley after the bridge collapsed on Monday night.";

  private static final SummarizeNews.Settings SETTINGS = new SummarizeNews.Settings(
      new DateFilter(null, LocalDate.of(2022, 3, 2), false),
      new DedupeParagraphs.Settings(2, 6, NearDuplicates.Settings.DEFAULT, new LaterCopies.TemplateRule(5, 3)),
      new DaySummarizer.Settings(2, 0, 6, 0.5), 2, null, 0);

  @Test
  void summarizesEachKeptDateWithoutWhatEarlierDatesSaid(TestPipeline pipeline) {
    PCollectionTuple out = pipeline
        .apply(Create.of(
            new Document("a", "2022-03-01", "", SYNDICATED + "\nOfficials said the storm had moved east by the evening.", "a.txt"),
            new Document("b", "2022-03-02", "", SYNDICATED + "\nVolunteers from three towns brought food and blankets to the shelter.", "b.txt"),
            new Document("c", "2022-03-03", "", "A date after --to is left out of every output entirely today.", "c.txt"),
            new Document("d", null, "", "An undated article is left out when undated documents are not kept here.", "d.txt")))
        .apply(new SummarizeNews(SETTINGS));

    PAssert.that(out.get(SummarizeNews.SUMMARIES)).satisfies(summaries -> {
      Map<String, DailySummary> byDate = new TreeMap<>();
      summaries.forEach(summary -> byDate.put(summary.date(), summary));
      assertEquals(List.of("2022-03-01", "2022-03-02"), List.copyOf(byDate.keySet()));
      assertEquals(2, byDate.get("2022-03-01").sentences().size());
      List<String> second = byDate.get("2022-03-02").sentences().stream().map(DailySummary.Line::text).toList();
      assertEquals(List.of("Volunteers from three towns brought food and blankets to the shelter."), second);
      return null;
    });
    PAssert.that(out.get(SummarizeNews.DAYS)).satisfies(days -> {
      Map<String, Integer> paragraphs = new TreeMap<>();
      for (DayDocuments day : days) {
        paragraphs.put(day.date(), day.documents().stream().mapToInt(d -> d.paragraphs().size()).sum());
      }
      // The syndicated paragraph is kept on its first date only.
      assertEquals(Map.of("2022-03-01", 2, "2022-03-02", 1), paragraphs);
      return null;
    });
    PAssert.that(out.get(SummarizeNews.ANALYZED)).satisfies(analyzed -> {
      List<String> ids = StreamSupport.stream(analyzed.spliterator(), false).map(AnalyzedDocument::id).sorted().toList();
      assertEquals(List.of("a", "b"), ids);
      for (AnalyzedDocument document : analyzed) {
        // Before dedupe: the copy is still there.
        assertTrue(document.paragraphs().stream().anyMatch(p -> p.sentences().get(0).text().equals(SYNDICATED)), document.id());
      }
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  /**
   * Dated by report: what 2 March says about 1 March ("on Tuesday") goes to 1 March, which has no
   * article of its own; with --topDates=1 only the more important date is kept.
   */
  @Test
  void datesByReportAndKeepsTheKeyDates(TestPipeline pipeline) {
    SummarizeNews.Settings byReport = new SummarizeNews.Settings(
        SETTINGS.dates(), SETTINGS.dedupe(), SETTINGS.summary(), 2,
        new io.daybrief.text.ReportedDates.Rule(2, 1, false, false), 0);
    // 2022-03-02 is a Wednesday.
    String report = "Officials said on Tuesday that the storm had moved east by the evening.";
    String lead = "Volunteers from three towns brought food and blankets to the shelter.";
    List<Document> documents = List.of(
        new Document("b", "2022-03-02", "", lead + "\n" + report, "b.txt"),
        new Document("e", "2022-03-02", "", "Another article of the day names no date in its first line.", "e.txt"));
    PCollectionTuple out = pipeline.apply(Create.of(documents)).apply(new SummarizeNews(byReport));
    PAssert.that(out.get(SummarizeNews.SUMMARIES)).satisfies(summaries -> {
      Map<String, DailySummary> byDate = new TreeMap<>();
      summaries.forEach(summary -> byDate.put(summary.date(), summary));
      assertEquals(List.of("2022-03-01", "2022-03-02"), List.copyOf(byDate.keySet()));
      assertEquals(List.of(report), byDate.get("2022-03-01").sentences().stream().map(DailySummary.Line::text).toList());
      assertEquals(0, byDate.get("2022-03-01").documents());
      assertEquals(1.0, byDate.get("2022-03-01").importance(), 0, "named by one article of another day");
      assertEquals(2, byDate.get("2022-03-02").documents());
      assertEquals(2.0, byDate.get("2022-03-02").importance(), 0);
      return null;
    });
    PAssert.that(out.get(SummarizeNews.DAYS)).satisfies(days -> {
      Map<String, Integer> documentCounts = new TreeMap<>();
      days.forEach(day -> documentCounts.put(day.date(), day.documents().size()));
      assertEquals(Map.of("2022-03-01", 0, "2022-03-02", 2), documentCounts, "a date only reported on is a date too");
      return null;
    });
    SummarizeNews.Settings top = new SummarizeNews.Settings(
        byReport.dates(), byReport.dedupe(), byReport.summary(), 2, byReport.reported(), 1);
    PAssert.that(pipeline.apply("Again", Create.of(documents)).apply("Top", new SummarizeNews(top))
            .get(SummarizeNews.SUMMARIES))
        .satisfies(summaries -> {
          assertEquals(List.of("2022-03-02"), StreamSupport.stream(summaries.spliterator(), false).map(DailySummary::date).toList());
          return null;
        });
    pipeline.run().waitUntilFinish();
  }
}
