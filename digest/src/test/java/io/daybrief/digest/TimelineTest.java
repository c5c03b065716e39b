package io.daybrief.digest;

import static io.daybrief.digest.Days.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

  @Test
  void fewDatesGetOneSlotEachWithGapsKeptAndUndatedApart() {
    Timeline timeline = Timeline.of(
        List.of(day("2022-03-02", 1, 16), day("2022-03-03", 2, 28), day("2022-03-06", 3, 5), day("undated", 2, 11)),
        Timeline.MAX_SLOTS);
    assertEquals(Timeline.Granularity.DAY, timeline.granularity());
    assertEquals(5, timeline.slotCount());
    assertEquals(List.of(0, 1, 4), timeline.buckets().stream().map(Timeline.Bucket::slot).toList());
    assertEquals(LocalDate.of(2022, 3, 6), timeline.buckets().get(2).start());
    assertEquals(LocalDate.of(2022, 3, 6), timeline.buckets().get(2).end());
    assertEquals("undated", timeline.undated().orElseThrow().date());
    assertEquals(3, timeline.maxDocuments());
    assertEquals(28, timeline.maxParagraphs());
  }

  @Test
  void threeThousandDailyDatesAreGroupedByMonth() {
    List<Digest.Day> days = Days.consecutive(LocalDate.of(2016, 1, 1), 3000);
    Timeline timeline = Timeline.of(days, Timeline.MAX_SLOTS);
    assertEquals(Timeline.Granularity.MONTH, timeline.granularity());
    // 1 January 2016 + 2,999 days = 18 March 2024: 8 years and 3 months.
    assertEquals(99, timeline.slotCount());
    assertEquals(99, timeline.buckets().size());
    Timeline.Bucket february2016 = timeline.buckets().get(1);
    assertEquals(LocalDate.of(2016, 2, 1), february2016.start());
    assertEquals(LocalDate.of(2016, 2, 29), february2016.end());
    assertEquals(29, february2016.days().size());
    assertEquals(29, february2016.documents());
    assertEquals(3000, timeline.buckets().stream().mapToInt(bucket -> bucket.days().size()).sum());
  }

  @Test
  void aFewMonthsOfDatesAreGroupedByWeeksStartingOnMonday() {
    Timeline timeline = Timeline.of(Days.consecutive(LocalDate.of(2022, 3, 2), 200), Timeline.MAX_SLOTS);
    assertEquals(Timeline.Granularity.WEEK, timeline.granularity());
    Timeline.Bucket first = timeline.buckets().get(0);
    assertEquals(LocalDate.of(2022, 2, 28), first.start(), "2 March 2022 was a Wednesday");
    assertEquals(LocalDate.of(2022, 3, 6), first.end());
    assertEquals(5, first.days().size());
  }

  @Test
  void aCenturyOfSparseDatesFallsBackToYears() {
    List<Digest.Day> days = new ArrayList<>();
    for (int year = 1900; year <= 2020; year += 10) {
      days.add(day(year + "-06-15", 1, 1));
    }
    Timeline timeline = Timeline.of(days, Timeline.MAX_SLOTS);
    assertEquals(Timeline.Granularity.YEAR, timeline.granularity());
    assertEquals(121, timeline.slotCount());
    assertEquals(13, timeline.buckets().size());
    assertEquals(120, timeline.buckets().get(12).slot());
  }

  @Test
  void onlyUndatedOrNothingMakesAnEmptyAxis() {
    Timeline undatedOnly = Timeline.of(List.of(day("undated", 4, 9)), Timeline.MAX_SLOTS);
    assertEquals(0, undatedOnly.slotCount());
    assertTrue(undatedOnly.buckets().isEmpty());
    assertEquals(4, undatedOnly.maxDocuments());
    Timeline nothing = Timeline.of(List.of(), Timeline.MAX_SLOTS);
    assertTrue(nothing.undated().isEmpty());
    assertEquals(0, nothing.maxParagraphs());
  }
}
