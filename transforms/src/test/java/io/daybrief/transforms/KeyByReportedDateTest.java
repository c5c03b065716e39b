package io.daybrief.transforms;

import static io.daybrief.transforms.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DayDocuments;
import io.daybrief.model.Paragraph;
import io.daybrief.text.DateFilter;
import io.daybrief.text.ReportedDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class KeyByReportedDateTest {
  private static final ReportedDates.Rule RULE = new ReportedDates.Rule(2, 1, true, false);
  private static final DateFilter ALL = new DateFilter(null, null, true);

  /** Wednesday 2011-01-26: a lead without a date, a report on Tuesday, and a sentence for no date. */
  private static final AnalyzedDocument WEDNESDAY = document("w", "2011-01-26",
      "Crowds filled the square",
      "Police fired tear gas on Tuesday",
      "The square is large");

  @Test
  void eachSentenceGoesToTheDateItReports() {
    Map<String, AnalyzedDocument> parts =
        KeyByReportedDate.byReportedDate(WEDNESDAY, new ReportedDates(RULE), ALL);
    assertEquals(List.of("2011-01-25", "2011-01-26"), List.copyOf(parts.keySet()));
    assertEquals(List.of("Crowds filled the square", "Police fired tear gas on Tuesday"), texts(parts.get("2011-01-25")));
    assertEquals(List.of("Crowds filled the square"), texts(parts.get("2011-01-26")));
    // Each part keeps the article's id and own date, and its paragraphs their positions.
    assertEquals("2011-01-26", parts.get("2011-01-25").date());
    assertEquals(List.of(0, 1), parts.get("2011-01-25").paragraphs().stream().map(Paragraph::position).toList());
  }

  @Test
  void anArticleStaysListedUnderItsOwnDateAndRefusedDatesAreDropped() {
    AnalyzedDocument later = document("x", "2011-01-27", "It was calm , a guard said on Tuesday");
    DateFilter from26 = new DateFilter(LocalDate.of(2011, 1, 26), null, false);
    Map<String, AnalyzedDocument> parts = KeyByReportedDate.byReportedDate(later, new ReportedDates(RULE), from26);
    assertEquals(List.of("2011-01-27"), List.copyOf(parts.keySet()));
    assertEquals(List.of(), parts.get("2011-01-27").paragraphs());
  }

  @Test
  void datesAreRekeyedWithTheirOwnAndOtherDaysArticles(TestPipeline pipeline) {
    AnalyzedDocument thursday = document("t", "2011-01-27", "Tear gas was fired late last night");
    PCollection<DayDocuments> days = pipeline.apply(Create.of(
        new DayDocuments("2011-01-26", List.of(WEDNESDAY)), new DayDocuments("2011-01-27", List.of(thursday))));
    PCollection<DayDocuments> rekeyed = days.apply(new KeyByReportedDate(RULE, ALL));
    PAssert.that(rekeyed).satisfies(all -> {
      // Not grouped: a date comes once per publication date that reports on it.
      Map<String, List<String>> byDate = new TreeMap<>();
      Map<String, Integer> elements = new TreeMap<>();
      for (DayDocuments day : all) {
        elements.merge(day.date(), 1, Integer::sum);
        for (AnalyzedDocument document : day.documents()) {
          byDate.computeIfAbsent(day.date(), d -> new ArrayList<>())
              .add(document.id() + "@" + document.date() + ":" + texts(document));
        }
      }
      byDate.values().forEach(lines -> lines.sort(null));
      assertEquals(Map.of(
          "2011-01-25", List.of("w@2011-01-26:[Crowds filled the square, Police fired tear gas on Tuesday]"),
          "2011-01-26", List.of("t@2011-01-27:[Tear gas was fired late last night]",
              "w@2011-01-26:[Crowds filled the square]"),
          "2011-01-27", List.of("t@2011-01-27:[]")), byDate);
      assertEquals(Map.of("2011-01-25", 1, "2011-01-26", 2, "2011-01-27", 1), elements);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void onlyDatesThatNoArticleWasPublishedOnAreDatesWithoutArticles(TestPipeline pipeline) {
    AnalyzedDocument thursday = document("t", "2011-01-27", "Tear gas was fired late last night");
    PCollection<DayDocuments> rekeyed = pipeline
        .apply(Create.of(
            new DayDocuments("2011-01-26", List.of(WEDNESDAY)), new DayDocuments("2011-01-27", List.of(thursday))))
        .apply(new KeyByReportedDate(RULE, ALL));
    // 2011-01-26 has its own article beside Thursday's part; only the 25th is named and nothing else.
    PAssert.that(rekeyed.apply(new DatesWithoutArticles()))
        .containsInAnyOrder(new DayDocuments("2011-01-25", List.of()));
    pipeline.run().waitUntilFinish();
  }

  private static List<String> texts(AnalyzedDocument document) {
    List<String> texts = new ArrayList<>();
    document.paragraphs().forEach(p -> p.sentences().forEach(s -> texts.add(s.text())));
    return texts;
  }
}
