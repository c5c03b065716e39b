package io.daybrief.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.extraction.ExtractionMetric.PageCounts;
import io.daybrief.extraction.ExtractionMetric.PageScore;
import io.daybrief.extraction.ExtractionMetric.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionMetricTest {
  private static final double EPSILON = 1e-12;

  @Test
  void tokensArePythonWordRuns() {
    assertEquals(
        List.of("Don", "t", "stop", "it", "s", "3", "5", "café_au_lait", "Ⅻ", "½"),
        ExtractionMetric.tokens("Don't stop—it's 3.5% café_au_lait Ⅻ ½!"));
  }

  @Test
  void combiningMarksSplitWordsAsInPython() {
    assertEquals(List.of("cafe", "x"), ExtractionMetric.tokens("cafe\u0301x"));
  }

  @Test
  void caseIsKept() {
    assertFalse(ExtractionMetric.score("The cat sat down", "the cat sat down").exactMatch());
  }

  @Test
  void identicalTextsArePerfect() {
    PageScore score = ExtractionMetric.score("a b c d e", "a b, c\nd e.");
    assertEquals(new PageCounts(1, 0, 0), score.counts());
    assertEquals(1.0, score.counts().precision());
    assertEquals(1.0, score.counts().recall());
    assertTrue(score.exactMatch());
  }

  @Test
  void oneDifferentTokenAtTheEnd() {
    // truth shingles {1234, 2345}, predicted {1234, 2346}: TP 1, FP 1, FN 1, each 1/3 normalised
    PageCounts counts = ExtractionMetric.score("one two three four five", "one two three four six").counts();
    assertEquals(1.0 / 3, counts.truePositive(), EPSILON);
    assertEquals(1.0 / 3, counts.falsePositive(), EPSILON);
    assertEquals(1.0 / 3, counts.falseNegative(), EPSILON);
    assertEquals(0.5, counts.precision(), EPSILON);
    assertEquals(0.5, counts.recall(), EPSILON);
  }

  @Test
  void repeatedShinglesAreClipped() {
    // truth: abcd x2, bcda, cdab, dabc (5); predicted: abcd once. TP 1, FN 4, FP 0.
    PageCounts counts = ExtractionMetric.score("a b c d a b c d", "a b c d").counts();
    assertEquals(0.2, counts.truePositive(), EPSILON);
    assertEquals(0.0, counts.falsePositive(), EPSILON);
    assertEquals(0.8, counts.falseNegative(), EPSILON);
    assertEquals(1.0, counts.precision(), EPSILON);
    assertEquals(0.2, counts.recall(), EPSILON);
  }

  @Test
  void textsShorterThanAShingleAreOneShingle() {
    assertEquals(1.0, ExtractionMetric.score("hello world", "hello world").counts().recall());
    PageCounts counts = ExtractionMetric.score("hello world", "hello").counts();
    assertEquals(new PageCounts(0, 0.5, 0.5), counts);
    assertEquals(0.0, counts.precision());
    assertEquals(0.0, counts.recall());
  }

  @Test
  void emptyPredictionHasNoPrecisionAndZeroRecall() {
    PageCounts counts = ExtractionMetric.score("a b c d", "").counts();
    assertEquals(new PageCounts(0, 0, 1), counts);
    assertEquals(0.0, counts.recall());
  }

  @Test
  void bothEmptyIsAnExactMatchOutsideBothAverages() {
    PageScore score = ExtractionMetric.score("", "  ... ");
    assertEquals(new PageCounts(0, 0, 0), score.counts());
    assertTrue(score.exactMatch());
    Summary summary = ExtractionMetric.summarize(List.of(score, ExtractionMetric.score("a b c d e", "a b c d e")));
    assertEquals(1.0, summary.precision());
    assertEquals(1.0, summary.recall());
    assertEquals(1.0, summary.accuracy());
  }

  @Test
  void averagesOverTheirOwnPagesAndF1FromTheAverages() {
    List<PageScore> pages =
        List.of(
            ExtractionMetric.score("a b c d e", "a b c d e"),
            ExtractionMetric.score("one two three four five", "one two three four six"),
            ExtractionMetric.score("a b c d", ""));
    Summary summary = ExtractionMetric.summarize(pages);
    // precision over the two pages that predicted something: (1 + 0.5) / 2
    assertEquals(0.75, summary.precision(), EPSILON);
    // recall over all three: (1 + 0.5 + 0) / 3
    assertEquals(0.5, summary.recall(), EPSILON);
    assertEquals(2 * 0.75 * 0.5 / 1.25, summary.f1(), EPSILON);
    assertEquals(1.0 / 3, summary.accuracy(), EPSILON);
    assertEquals(3, summary.pages());
  }
}
