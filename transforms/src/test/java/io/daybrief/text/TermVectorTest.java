package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermVectorTest {
  private static final Map<String, Double> IDF = Map.of("refuge", 2.0, "ukrain", 1.0, "flee", 3.0);

  @Test
  void weightsAreTermFrequencyTimesIdf() {
    TermVector v = TermVector.weighted(List.of("refuge", "ukrain", "refuge"), IDF::get);
    // refuge 2 x 2.0 = 4, ukrain 1 x 1.0 = 1
    assertEquals(5.0, v.sum(), 1e-12);
    assertEquals(Math.sqrt(17), v.norm(), 1e-12);
    assertEquals(2, v.size());
  }

  @Test
  void dotAndCosineOverSharedTermsOnly() {
    TermVector a = TermVector.weighted(List.of("refuge", "ukrain"), IDF::get); // (2, 1, 0)
    TermVector b = TermVector.weighted(List.of("ukrain", "flee"), IDF::get); // (0, 1, 3)
    assertEquals(1.0, a.dot(b), 1e-12);
    assertEquals(1.0 / (Math.sqrt(5) * Math.sqrt(10)), a.cosine(b), 1e-12);
    assertEquals(1.0, a.cosine(a), 1e-12);
  }

  @Test
  void fromWeightsKeepsGivenWeightsAndForEachVisitsInTermOrder() {
    TermVector v = TermVector.fromWeights(Map.of("zulu", 0.5, "alpha", 2.0));
    StringBuilder visited = new StringBuilder();
    v.forEach((term, weight) -> visited.append(term).append('=').append(weight).append(' '));
    assertEquals("alpha=2.0 zulu=0.5 ", visited.toString());
    assertEquals(Math.sqrt(4.25), v.norm(), 1e-12);
  }

  @Test
  void emptyVectorHasZeroCosine() {
    TermVector empty = TermVector.weighted(List.of(), IDF::get);
    TermVector a = TermVector.weighted(List.of("flee"), IDF::get);
    assertEquals(0.0, empty.cosine(a));
    assertEquals(0.0, empty.norm());
  }
}
