package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselinesTest {
  private static final List<String> DATES = List.of("2010-01-12", "2010-01-13");

  // Input out of id order on purpose: the baselines must not depend on it.
  private final DailyCandidates candidates =
      new DailyCandidates(
          Map.of(
              "2010-01-12",
              List.of(
                  new CandidateDocument("doc-b", List.of("b1", "b2", "b3", "b4")),
                  new CandidateDocument("doc-a", List.of("a1", "a2")))));

  @Test
  void leadTakesTheFirstDocumentByIdAndTopsUpFromTheNext() {
    assertEquals(Map.of("2010-01-12", List.of("a1")), Baselines.lead(candidates, DATES, 1));
    assertEquals(Map.of("2010-01-12", List.of("a1", "a2", "b1")), Baselines.lead(candidates, DATES, 3));
  }

  @Test
  void leadUsesEverythingWhenTheBudgetExceedsTheCandidates() {
    assertEquals(6, Baselines.lead(candidates, DATES, 10).get("2010-01-12").size());
  }

  @Test
  void randomIsDeterministicAndDrawsKDistinctCandidates() {
    Map<String, List<String>> first = Baselines.random(candidates, DATES, 3);

    assertEquals(first, Baselines.random(candidates, DATES, 3));
    List<String> sample = first.get("2010-01-12");
    assertEquals(3, sample.size());
    assertEquals(3, sample.stream().distinct().count());
    assertTrue(candidates.sentences("2010-01-12").containsAll(sample));
  }

  @Test
  void randomSamplesForSmallerBudgetsAreNested() {
    List<String> three = Baselines.random(candidates, DATES, 3).get("2010-01-12");
    List<String> two = Baselines.random(candidates, DATES, 2).get("2010-01-12");

    assertEquals(three.subList(0, 2), two);
  }

  @Test
  void datesWithoutDocumentsGetNoSummary() {
    assertEquals(List.of("2010-01-12"), List.copyOf(Baselines.lead(candidates, DATES, 2).keySet()));
    assertEquals(List.of("2010-01-12"), List.copyOf(Baselines.random(candidates, DATES, 2).keySet()));
  }
}
