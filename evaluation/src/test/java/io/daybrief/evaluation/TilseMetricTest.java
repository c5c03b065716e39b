package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TilseMetricTest {
  private static final double EPSILON = 1e-12;

  private static SortedMap<String, List<String>> timeline(String... dateThenSentence) {
    SortedMap<String, List<String>> timeline = new TreeMap<>();
    for (int i = 0; i < dateThenSentence.length; i += 2) {
      timeline.put(dateThenSentence[i], List.of(dateThenSentence[i + 1]));
    }
    return timeline;
  }

  @Test
  void alignsByContentAsWellAsDateAndWeightsHitsByDateDistance() {
    SortedMap<String, List<String>> reference =
        timeline("2010-01-10", "Police arrested protesters.", "2010-01-20", "Floods hit the capital.");
    SortedMap<String, List<String>> predicted = timeline("2010-01-11", "Floods hit the capital.");

    TilseScores scores = TilseMetric.score(reference, predicted);

    // Costs of 01-11: to 01-10 (1 - 1/2) * (1 - 0) = 0.5, to 01-20 (1 - 1/10) * (1 - 1) = 0: the
    // farther date with the same content wins. Its 3 unigram hits (flood, hit, capit) count 1/10.
    assertEquals(0.3 / 3, scores.alignRouge1().precision(), EPSILON);
    // Recall: both reference dates align to the only predicted date; 01-10 has no hit. 0.3 / (3 + 3).
    assertEquals(0.3 / 6, scores.alignRouge1().recall(), EPSILON);
    // Bigrams: 2 hits weighted 1/10, over 2 predicted and 2 + 2 reference bigrams.
    assertEquals(0.2 / 2, scores.alignRouge2().precision(), EPSILON);
    assertEquals(0.2 / 4, scores.alignRouge2().recall(), EPSILON);
    // Concat ignores dates: 3 of 3 predicted unigrams, 3 of 6 reference unigrams.
    assertEquals(1.0, scores.concatRouge1().precision(), EPSILON);
    assertEquals(0.5, scores.concatRouge1().recall(), EPSILON);
    assertEquals(new Prf(0, 0), scores.dates());
  }

  @Test
  void manyPredictedDatesMayAlignToOneReferenceDate() {
    SortedMap<String, List<String>> reference = timeline("2010-01-12", "Quake devastates Haiti.");
    SortedMap<String, List<String>> predicted =
        timeline("2010-01-12", "Quake devastates Haiti.", "2010-01-13", "Quake devastates Haiti.");

    TilseScores scores = TilseMetric.score(reference, predicted);

    // Precision: both predicted dates align to 01-12, 3 hits each, weighted 1 and 1/2: 4.5 / 6.
    assertEquals(4.5 / 6, scores.alignRouge1().precision(), EPSILON);
    // Recall: 01-12 costs 0 to both predicted dates (same date; same content). The tie goes to the
    // first date, as numpy's argmin, here the exact date with weight 1: 3 / 3.
    assertEquals(1.0, scores.alignRouge1().recall(), EPSILON);
    // Bigrams: 2 hits at weight 1 and 2 at 1/2, of 4 predicted bigrams.
    assertEquals(3.0 / 4, scores.alignRouge2().precision(), EPSILON);
    assertEquals(new Prf(0.5, 1.0), scores.dates());
    assertEquals(2.0 / 3, scores.dates().f1(), EPSILON);
  }

  @Test
  void theNearestDateWinsWhenNoContentOverlaps() {
    SortedMap<String, List<String>> reference =
        timeline("2010-01-10", "Police arrested protesters.", "2010-01-14", "Floods hit the capital.");
    // Closer to 01-14 (cost 1 - 1/2) than to 01-10 (1 - 1/4); no content shared with either.
    SortedMap<String, List<String>> predicted = timeline("2010-01-13", "Rain fell, flooding roads.");

    TilseScores scores = TilseMetric.score(reference, predicted);

    // "flooding" and "floods" share the ROUGE stem "flood": one hit, weighted 1/2, of 4 unigrams
    // (rain, fell, flood, road). Had 01-10 been chosen there would be no hit.
    assertEquals(0.5 / 4, scores.alignRouge1().precision(), EPSILON);
    // Recall: 01-10 (no hit) and 01-14 (1 hit at 1/2) over 3 + 3 reference unigrams.
    assertEquals(0.5 / 6, scores.alignRouge1().recall(), EPSILON);
  }

  @Test
  void anEmptyPredictionScoresZero() {
    TilseScores scores =
        TilseMetric.score(timeline("2010-01-10", "Police arrested protesters."), new TreeMap<>());
    assertEquals(Prf.ZERO, scores.alignRouge1());
    assertEquals(Prf.ZERO, scores.concatRouge2());
    assertEquals(Prf.ZERO, scores.dates());
  }

  @Test
  void contentCostUsesRawTokensWithoutPunctuationTokens() {
    // Python's split; "." and "()" are substrings of string.punctuation and left out, "--" is not;
    // case matters and nothing is stemmed.
    Map<String, Integer> counts = TilseMetric.rawCounts(List.of("Quake hits . () -- quake"));
    assertEquals(Map.of("Quake", 1, "hits", 1, "--", 1, "quake", 1), counts);
    // 2 of 4 predicted tokens match a 2-token reference: P 1/2, R 1, F 2/3.
    assertEquals(2.0 / 3,
        TilseMetric.approximateRouge1(counts, TilseMetric.rawCounts(List.of("Quake hits"))), EPSILON);
  }

  @Test
  void averagesPrecisionAndRecallOverTimelinesThenComputesF() {
    Prf mean = Prf.mean(List.of(new Prf(1, 0), new Prf(0, 1)));
    assertEquals(new Prf(0.5, 0.5), mean);
    // Averaging F instead would give 0.
    assertEquals(0.5, mean.f1(), EPSILON);
  }
}
