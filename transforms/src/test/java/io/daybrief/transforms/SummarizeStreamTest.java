package io.daybrief.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.model.DayRecord;
import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.model.SummaryRevision;
import io.daybrief.text.DayClock;
import io.daybrief.text.DaySummarizer;
import io.daybrief.text.Fingerprints;
import io.daybrief.text.NearDuplicates;
import io.daybrief.text.ReportedDates;
import io.daybrief.text.TextNormalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TimestampedValue;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The streaming composite under a TestStream in Asia/Tokyo (UTC+9): panes early, on time at the
 * watermark crossing Tokyo's midnight (still the same day in UTC), late, final at expiry; a
 * document later than the allowed lateness rejected as late; a paragraph repeated a day later
 * dropped from the later day.
 */
@ExtendWith(TestPipelineExtension.class)
class SummarizeStreamTest {
  private static final String ZONE = "Asia/Tokyo";
  private static final DayClock CLOCK = new DayClock(ZONE, Duration.ofDays(2));
  private static final String FLED = "More than one million people have fled Ukraine in a single week, the agency said.";
  private static final String TALKS = "A second round of talks between the delegations is planned near the border on Thursday.";
  private static final String CONVOY = "A long military convoy north of the capital has barely moved in three days, officials said.";
  private static final String GRAIN = "Grain prices rose sharply on world markets as shipping through the sea stopped.";

  static SummarizeStream.Settings settings() {
    return settings(null);
  }

  /** @param reported null to date by publication */
  static SummarizeStream.Settings settings(ReportedDates.Rule reported) {
    return new SummarizeStream.Settings(
        new CollectDayPanes.Settings(ZONE, 1_000, Duration.ofDays(2).toMillis()),
        new SummarizeDayPanes.Settings(CLOCK, new StreamDates(reported, 30, 30, NearDuplicates.Settings.DEFAULT, 6),
            new DaySummarizer.Settings(5, 0, 6, 0.5)));
  }

  private static TimestampedValue<Document> at(String id, String date, String... paragraphs) {
    return TimestampedValue.of(new Document(id, date, "", String.join("\n", paragraphs), id),
        new Instant(CLOCK.startMillis(LocalDate.parse(date))));
  }

  private static Instant tokyoMidnight(String date) {
    return new Instant(CLOCK.startMillis(LocalDate.parse(date)));
  }

  @Test
  void panesEarlyOnTimeLateAndFinalInTheRunsTimeZone(TestPipeline pipeline) {
    TestStream<Document> stream = TestStream.create(Document.DocumentCoder.of())
        .addElements(at("a", "2022-03-02", FLED, TALKS))
        .advanceProcessingTime(org.joda.time.Duration.standardSeconds(2))
        // 2022-03-03 00:00 in Tokyo is 2022-03-02 15:00 UTC: a UTC day would not have ended.
        .advanceWatermarkTo(tokyoMidnight("2022-03-03"))
        .addElements(at("b", "2022-03-02", CONVOY))
        .addElements(at("c", "2022-03-03", FLED, GRAIN))
        .advanceWatermarkTo(tokyoMidnight("2022-03-06"))
        .addElements(at("late", "2022-03-02", GRAIN),
            TimestampedValue.of(new Document("undated", null, "", GRAIN, "undated"), tokyoMidnight("2022-03-06")))
        .advanceWatermarkToInfinity();

    PCollectionTuple out = pipeline.apply(stream).apply(new SummarizeStream(settings()));

    PAssert.that(out.get(SummarizeStream.SUMMARIES)
            .apply(MapElements.into(TypeDescriptors.strings()).via(SummarizeStreamTest::describe)))
        .satisfies(described -> {
          List<String> all = new ArrayList<>();
          described.forEach(all::add);
          List<String> march2 = all.stream().filter(s -> s.startsWith("2022-03-02")).sorted().toList();
          assertEquals(List.of(
              "2022-03-02 #0 early docs=1 [a, a]",
              "2022-03-02 #1 on-time docs=1 [a, a]",
              "2022-03-02 #2 late docs=2 [a, a, b]",
              "2022-03-02 #3 final docs=2 [a, a, b]"), march2);
          List<String> march3 = all.stream().filter(s -> s.startsWith("2022-03-03")).sorted().toList();
          assertTrue(march3.get(march3.size() - 1).endsWith("final docs=1 [c]"), march3.toString());
          assertEquals(1, march3.stream().filter(s -> s.contains("final")).count(), march3.toString());
          return null;
        });
    PAssert.that(out.get(SummarizeStream.REJECTED)).satisfies(rejected -> {
      List<String> reasons = StreamSupport.stream(rejected.spliterator(), false)
          .map(r -> r.source() + ": " + r.reason().split(":")[0]).sorted().toList();
      assertEquals(List.of("late: late", "undated: undated"), reasons);
      return null;
    });
    runsOneKeyOnOneThread(pipeline);
    pipeline.run().waitUntilFinish();
  }

  /**
   * Dated by report (a one-sentence lead, also for the day before; two days' window): the next
   * day's article revises 2022-03-02 late with its lead, its final revision has both articles but
   * counts only its own; an article is late once the first date it may report on has expired.
   */
  @Test
  void datedByReportALaterArticleRevisesTheDateItReportsOn(TestPipeline pipeline) {
    TestStream<Document> stream = TestStream.create(Document.DocumentCoder.of())
        .addElements(at("a", "2022-03-02", FLED, TALKS))
        .advanceProcessingTime(org.joda.time.Duration.standardSeconds(2))
        .advanceWatermarkTo(tokyoMidnight("2022-03-03"))
        .addElements(at("c", "2022-03-03", GRAIN, CONVOY))
        .advanceWatermarkTo(tokyoMidnight("2022-03-06"))
        // Its own date is open, but the first date it may report on, 2022-03-03, has expired.
        .addElements(at("late", "2022-03-05", CONVOY))
        .advanceWatermarkToInfinity();

    PCollectionTuple out = pipeline.apply(stream)
        .apply(new SummarizeStream(settings(new ReportedDates.Rule(2, 1, true, false))));

    PAssert.that(out.get(SummarizeStream.SUMMARIES)
            .apply(MapElements.into(TypeDescriptors.strings()).via(SummarizeStreamTest::describe)))
        .satisfies(described -> {
          List<String> all = new ArrayList<>();
          described.forEach(all::add);
          assertEquals(List.of(
              "2022-03-02 #0 early docs=1 [a]",
              "2022-03-02 #1 on-time docs=1 [a]",
              "2022-03-02 #2 late docs=1 [a, c]",
              "2022-03-02 #3 final docs=1 [a, c]"),
              all.stream().filter(s -> s.startsWith("2022-03-02")).sorted().toList());
          assertEquals(List.of("2022-03-01 #0 early docs=0 [a]", "2022-03-01 #1 on-time docs=0 [a]",
              "2022-03-01 #2 final docs=0 [a]"),
              all.stream().filter(s -> s.startsWith("2022-03-01")).sorted().toList());
          assertEquals(List.of("2022-03-03 #0 early docs=1 [c]", "2022-03-03 #1 final docs=1 [c]"),
              all.stream().filter(s -> s.startsWith("2022-03-03")).sorted().toList());
          return null;
        });
    PAssert.that(out.get(SummarizeStream.REJECTED)).satisfies(rejected -> {
      List<String> reasons = StreamSupport.stream(rejected.spliterator(), false)
          .map(r -> r.source() + ": " + r.reason()).toList();
      assertEquals(List.of("late: late: more than the allowed lateness after the end of 2022-03-03, the first date "
          + "a document of 2022-03-05 may report on"), reasons);
      return null;
    });
    runsOneKeyOnOneThread(pipeline);
    pipeline.run().waitUntilFinish();
  }

  /**
   * A seed record of the day before (as the archive state gives it) is in the state before the
   * next day's final pane, which drops the paragraph the seed has.
   */
  @Test
  void theFinalPaneSeesTheSeedRecords(TestPipeline pipeline) {
    DayRecord march2 = new DayRecord("2022-03-02", 1, Map.of(),
        new long[] {Fingerprints.of(TextNormalizer.canonical(FLED))}, List.of());
    TestStream<Document> stream = TestStream.create(Document.DocumentCoder.of())
        .addElements(at("c", "2022-03-03", FLED, GRAIN))
        .advanceProcessingTime(org.joda.time.Duration.standardSeconds(2))
        .advanceWatermarkToInfinity();

    PCollectionTuple out = pipeline.apply(stream).apply(new SummarizeStream(settings())
        .withSeeds(pipeline.apply("Seeds", Create.of(march2).withCoder(DayRecord.DayRecordCoder.of()))));

    PAssert.that(out.get(SummarizeStream.SUMMARIES)
            .apply(MapElements.into(TypeDescriptors.strings()).via(r -> r.revision() + " " + r.last() + " "
                + r.summary().sentences().stream().map(line -> line.text().equals(FLED) ? "FLED" : "other").toList())))
        .satisfies(described -> {
          List<String> all = new ArrayList<>();
          described.forEach(all::add);
          // Early panes may come before the seeds are in the state; the final one never does.
          assertEquals(List.of("true [other]"), all.stream().filter(r -> r.contains(" true ")).map(r -> r.substring(r.indexOf(' ') + 1)).toList(), all.toString());
          return null;
        });
    runsOneKeyOnOneThread(pipeline);
    pipeline.run().waitUntilFinish();
  }

  /** Date, revision, kind, document count and the documents its sentences come from. */
  private static String describe(SummaryRevision revision) {
    String kind = revision.last() ? "final" : switch (revision.revision()) {
      case 0 -> "early";
      case 1 -> "on-time";
      default -> "late";
    };
    List<String> sources = revision.summary().sentences().stream().map(line -> line.document()).sorted().toList();
    assertFalse(revision.summary().date().equals("2022-03-03")
        && revision.summary().sentences().stream().anyMatch(line -> line.text().equals(FLED)),
        "a paragraph first seen the day before is dropped");
    return revision.summary().date() + " #" + revision.revision() + " " + kind + " docs="
        + revision.summary().documents() + " " + sources;
  }

  /** As the streaming job sets the DirectRunner (RunnerDefaults): it lost a stateful key's state across threads. */
  private static void runsOneKeyOnOneThread(TestPipeline pipeline) {
    pipeline.getOptions().as(DirectOptions.class).setTargetParallelism(1);
  }
}
