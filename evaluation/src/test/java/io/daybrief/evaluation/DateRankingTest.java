package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DateRankingTest {
  private static List<CandidateDocument> articles(int count) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> new CandidateDocument("d" + i, List.of("s" + i)))
        .toList();
  }

  private final DailyCandidates candidates =
      new DailyCandidates(
          Map.of(
              "2010-01-09", articles(9),
              "2010-01-10", articles(1),
              "2010-01-11", articles(3),
              "2010-01-12", articles(3),
              "2010-01-13", articles(2),
              "2010-01-20", articles(9)));

  private final Task task =
      new Task("t/refs-1", new TreeMap<>(Map.of(
          "2010-01-10", List.of("a"), "2010-01-12", List.of("b"), "2010-01-13", List.of("c"))));

  @Test
  void pubcountRanksTheWindowsDatesByArticlesThenByDate() {
    // 2010-01-09 and 2010-01-20 lie outside the task's window (first to last reference date).
    assertEquals(List.of("2010-01-11", "2010-01-12", "2010-01-13", "2010-01-10"),
        DateRanking.byPublications(candidates, task));
  }

  @Test
  void theTimelineTakesTheFirstLRankedDatesThatHaveASummary() {
    Map<String, List<String>> summaries = Map.of(
        "2010-01-11", List.of(), "2010-01-12", List.of("x"), "2010-01-13", List.of("y"), "2010-01-10", List.of("z"));

    SortedMap<String, List<String>> timeline =
        DateRanking.top(List.of("2010-01-11", "2010-01-12", "2010-01-13", "2010-01-10"), summaries, 2);

    // 2010-01-11 has an empty summary and is passed over, as news-tls passes over empty summaries.
    assertEquals(new TreeMap<>(Map.of("2010-01-12", List.of("x"), "2010-01-13", List.of("y"))), timeline);
  }

  @Test
  void goldDatesKeepTheSummariesAtTheReferenceDates() {
    Map<String, List<String>> summaries = Map.of(
        "2010-01-11", List.of("w"), "2010-01-12", List.of("x"), "2010-01-13", List.of(), "undated", List.of("u"));

    assertEquals(new TreeMap<>(Map.of("2010-01-12", List.of("x"))), DateRanking.atReferenceDates(task, summaries));
  }
}
