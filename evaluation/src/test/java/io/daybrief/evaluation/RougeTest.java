package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values computed by hand; the comments show the tokens and counts. */
class RougeTest {
  private static final double EPSILON = 1e-9;

  private static double f1(String system, String reference, int n) {
    return Rouge.f1(RougeTokenizer.tokens(system), RougeTokenizer.tokens(reference), n);
  }

  @Test
  void stemmingAndStopWordsDecideWhatMatches() {
    // system [cat, mat] ("sat" is a ROUGE stop word, "mat" too short to stem);
    // reference [cat, sit, mat] ("sitting" -> "sit", "mats" -> "mat").
    // ROUGE-1: overlap 2, P = 2/2, R = 2/3, F1 = 2 * 1 * 2/3 / (5/3) = 0.8.
    assertEquals(0.8, f1("The cats sat on the mat.", "A cat was sitting on the mats.", 1), EPSILON);
    // ROUGE-2: system [cat mat], reference [cat sit, sit mat]: no overlap.
    assertEquals(0.0, f1("The cats sat on the mat.", "A cat was sitting on the mats.", 2), EPSILON);
  }

  @Test
  void repeatedNGramsAreClippedToTheirReferenceCount() {
    String system = "Police, police and police arrested protesters.";
    String reference = "Police arrested protesters, police said.";
    // system [polic x3, arrest, protest] (5), reference [polic, arrest, protest, polic] (4).
    // ROUGE-1: overlap min(3,2) + 1 + 1 = 4, P = 4/5, R = 4/4, F1 = 1.6 / 1.8 = 8/9.
    assertEquals(8.0 / 9.0, f1(system, reference, 1), EPSILON);
    // system bigrams [polic polic x2, polic arrest, arrest protest] (4),
    // reference [polic arrest, arrest protest, protest polic] (3).
    // ROUGE-2: overlap 2, P = 2/4, R = 2/3, F1 = (2/3) / (7/6) = 4/7.
    assertEquals(4.0 / 7.0, f1(system, reference, 2), EPSILON);
  }

  @Test
  void identicalTextsScoreOne() {
    assertEquals(1.0, f1("Floods hit the capital on Monday.", "Floods hit the capital on Monday.", 2), EPSILON);
  }

  @Test
  void emptySideScoresZero() {
    assertEquals(0.0, f1("", "Floods hit the capital.", 1), EPSILON);
    assertEquals(0.0, f1("Floods hit the capital.", "", 1), EPSILON);
    // A single token has no bigram at all.
    assertEquals(0.0, Rouge.f1(List.of("flood"), List.of("flood"), 2), EPSILON);
  }
}
