package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KneeCutTest {

  @Test
  void theKneeIsTheValueFarthestFromTheLineThroughTheEnds() {
    // Sorted 0.9, 0.85, 0.8, 0.2, 0.1: the line falls from 0.9 to 0.1; 0.8 (rank 2) lies farthest above it.
    assertEquals(0.8, KneeCut.kneeValue(new double[] {0.2, 0.9, 0.1, 0.85, 0.8}), 1e-12);
    // Two values: the lower one, so that only the higher is above it.
    assertEquals(0.3, KneeCut.kneeValue(new double[] {0.3, 0.7}), 1e-12);
    // All equal: the first, so that nothing lies above it.
    assertEquals(0.5, KneeCut.kneeValue(new double[] {0.5, 0.5, 0.5, 0.5}), 1e-12);
  }

  @Test
  void onlySentencesAboveTheElbowOfWhatNamedAndLeadSentencesAgreeOnStay() {
    // The named and the lead sentences share "quake" and "haiti": the date's vector points along both.
    TermVector named1 = vector(Map.of("quake", 1.0, "haiti", 1.0));
    TermVector named2 = vector(Map.of("quake", 1.0, "haiti", 1.0, "toll", 0.3));
    TermVector lead1 = vector(Map.of("quake", 1.0, "haiti", 1.0, "capital", 0.3));
    TermVector lead2 = vector(Map.of("quake", 1.0, "haiti", 1.0, "palace", 0.5));
    TermVector offTopic = vector(Map.of("football", 1.0, "match", 1.0));
    TermVector marginal = vector(Map.of("quake", 0.1, "weather", 1.0, "forecast", 1.0));
    // Cosines 1, 0.978, 0.978, 0.943, 0, 0.050: the elbow of the sorted curve is 0.943 (lead2, the
    // weakest of the close group), and only what lies above it stays.
    boolean[] kept = KneeCut.keep(List.of(named1, named2, lead1, lead2, offTopic, marginal),
        new boolean[] {true, true, false, false, false, false});
    assertArrayEquals(new boolean[] {true, true, true, false, false, false}, kept);
  }

  @Test
  void withOnlyOneGroupOrNothingAboveTheKneeEverySentenceStays() {
    TermVector a = vector(Map.of("quake", 1.0));
    TermVector b = vector(Map.of("football", 1.0));
    assertArrayEquals(new boolean[] {true, true}, KneeCut.keep(List.of(a, b), new boolean[] {true, true}));
    assertArrayEquals(new boolean[] {true, true}, KneeCut.keep(List.of(a, b), new boolean[] {false, false}));
    // The two groups share no term: every cosine is 0, none is kept by the cut, so all stay.
    assertArrayEquals(new boolean[] {true, true}, KneeCut.keep(List.of(a, b), new boolean[] {true, false}));
  }

  private static TermVector vector(Map<String, Double> weights) {
    return TermVector.fromWeights(weights);
  }
}
