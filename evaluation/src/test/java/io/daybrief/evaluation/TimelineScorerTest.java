package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TimelineScorerTest {
  private static final double EPSILON = 1e-9;

  @Test
  void missingDatesScoreZeroAndExtraDatesAreIgnored() {
    SortedMap<String, List<String>> reference = new TreeMap<>();
    reference.put("2010-01-12", List.of("Police arrested protesters."));
    reference.put("2010-01-13", List.of("Floods hit the capital."));
    Map<String, List<String>> system =
        Map.of(
            "2010-01-12", List.of("Police arrested protesters."),
            "2010-01-14", List.of("Floods hit the capital."));

    Scores scores = TimelineScorer.score(reference, system);

    // Date-wise: 2010-01-12 is perfect, 2010-01-13 has no summary: (1 + 0) / 2.
    assertEquals(0.5, scores.rouge1(), EPSILON);
    assertEquals(0.5, scores.rouge2(), EPSILON);
    // Concat: system [polic, arrest, protest], reference [polic, arrest, protest, flood, hit, capit].
    // ROUGE-1: overlap 3, P = 1, R = 1/2, F1 = 2/3.
    assertEquals(2.0 / 3.0, scores.concatRouge1(), EPSILON);
    // ROUGE-2: 2 system bigrams, 5 reference bigrams (protest flood spans the dates), overlap 2:
    // P = 1, R = 2/5, F1 = 0.8 / 1.4 = 4/7.
    assertEquals(4.0 / 7.0, scores.concatRouge2(), EPSILON);
  }

  @Test
  void sentencesOfADateFormOneTextSoBigramsCrossSentenceBoundaries() {
    SortedMap<String, List<String>> reference =
        new TreeMap<>(Map.of("2010-01-12", List.of("Police arrested protesters.")));
    Map<String, List<String>> system = Map.of("2010-01-12", List.of("Police.", "Arrested protesters."));

    assertEquals(1.0, TimelineScorer.score(reference, system).rouge2(), EPSILON);
  }
}
