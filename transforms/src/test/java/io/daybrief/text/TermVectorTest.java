package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
  void restrictedToKeepsTheWeightsOnTheOtherVectorsTerms() {
    TermVector a = TermVector.weighted(List.of("refuge", "ukrain", "refuge"), IDF::get); // (4, 1, 0)
    TermVector b = TermVector.weighted(List.of("ukrain", "flee"), IDF::get); // (0, 1, 3)
    TermVector kept = a.restrictedTo(b);
    assertEquals(1, kept.size());
    assertEquals(1.0, kept.sum(), 1e-12);
    assertEquals(0, a.restrictedTo(TermVector.fromWeights(Map.of("zulu", 1.0))).size());
    assertEquals(a.sum(), a.restrictedTo(a).sum(), 1e-12);
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

  @Test
  void aSmallVectorAgainstALargeOneGivesTheSameBitsEitherWay() {
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      vocabulary.add("term" + (i * 7919 % 5000));
    }
    TermVector large = TermVector.weighted(vocabulary, term -> 1.0 + term.length() / 7.0);
    TermVector small = TermVector.weighted(List.of("term17", "term4999", "absent", "term17", "term2500"), term -> 0.3);
    double merged = 0.3 * 2 * (1 + 6 / 7.0) + 0.3 * (1 + 8 / 7.0) + 0.3 * (1 + 8 / 7.0);
    assertEquals(merged, small.dot(large), 1e-12);
    assertEquals(Double.doubleToLongBits(small.dot(large)), Double.doubleToLongBits(large.dot(small)));
  }

  /** 20,000 one-sentence vectors against a centroid of 20,000 terms: linear, not 400 million comparisons. */
  @Test
  void manySentencesAgainstAHugeCentroidTakeLinearTime() {
    List<String> all = new ArrayList<>();
    List<TermVector> sentences = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      List<String> terms = List.of("line" + i, "item", "report");
      all.addAll(terms);
      sentences.add(TermVector.weighted(terms, term -> 1.0));
    }
    TermVector centroid = TermVector.weighted(all, term -> 1.0);
    assertTimeoutPreemptively(Duration.ofSeconds(4), () -> {
      double total = 0;
      for (TermVector sentence : sentences) {
        total += sentence.cosine(centroid);
      }
      assertTrue(total > 0);
    });
  }

  @Test
  void aDictionaryBuildsTheSameVectorsAndTheCentroidSumsInDocumentOrder() {
    List<String> first = List.of("refuge", "ukrain", "refuge", "flee");
    List<String> second = List.of("flee", "flee", "ukrain");
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    TermVector.Dictionary dictionary = new TermVector.Dictionary(all, term -> Math.log(7.0 / term.length()) + 1);

    TermVector a = dictionary.weighted(first);
    TermVector b = dictionary.weighted(second);
    assertEquals(describe(TermVector.weighted(first, term -> Math.log(7.0 / term.length()) + 1)), describe(a));
    assertEquals(Math.log(7.0 / "flee".length()) + 1, dictionary.weight("flee"));

    Map<String, Double> expected = new HashMap<>();
    for (TermVector v : List.of(a, b)) {
      v.forEach((term, weight) -> expected.merge(term, weight / v.norm(), Double::sum));
    }
    TermVector sum = dictionary.sumOfUnitVectors(List.of(a, TermVector.fromWeights(Map.of()), b));
    assertEquals(describe(TermVector.fromWeights(expected)), describe(sum));
    assertEquals(TermVector.fromWeights(expected).norm(), sum.norm());
  }

  @Test
  void dotsOfOneDictionarysVectorsEqualThoseOverTheStringsToTheBit() {
    List<String> sentence = List.of("flee", "ukrain");
    List<String> document = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      document.add("term" + i);
    }
    document.addAll(List.of("flee", "refuge", "ukrain", "ukrain"));
    List<String> all = new ArrayList<>(document);
    all.addAll(sentence);
    TermVector.Dictionary dictionary = new TermVector.Dictionary(all, term -> 1.0 + term.length() / 3.0);
    TermVector.Dictionary other = new TermVector.Dictionary(all, term -> 1.0 + term.length() / 3.0);

    TermVector small = dictionary.weighted(sentence);
    TermVector large = dictionary.weighted(document);
    TermVector largeOfOther = other.weighted(document);
    double expectedSearch = TermVector.weighted(sentence, term -> 1.0 + term.length() / 3.0)
        .dot(TermVector.weighted(document, term -> 1.0 + term.length() / 3.0));
    assertEquals(Double.doubleToLongBits(expectedSearch), Double.doubleToLongBits(small.dot(large)));
    assertEquals(Double.doubleToLongBits(expectedSearch), Double.doubleToLongBits(small.dot(largeOfOther)));
    assertEquals(Double.doubleToLongBits(large.dot(largeOfOther)), Double.doubleToLongBits(large.dot(large)));
  }

  private static String describe(TermVector v) {
    StringBuilder out = new StringBuilder();
    v.forEach((term, weight) -> out.append(term).append('=').append(Double.doubleToLongBits(weight)).append(' '));
    return out.append("norm=").append(Double.doubleToLongBits(v.norm())).toString();
  }
}
