package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexRankTest {
  private static final double D = 0.85;
  private static final TermVector A = TermVector.fromWeights(Map.of("a", 1.0));
  private static final TermVector AB = TermVector.fromWeights(Map.of("a", 1.0, "b", 1.0));
  private static final TermVector C = TermVector.fromWeights(Map.of("c", 1.0));

  @Test
  void similarSentencesShareTheWalkAndALoneOneKeepsOnlyItsJumps() {
    // A and AB link only to each other; C links to nothing, so from C the walker jumps (uniformly).
    // c = (1 - d) / 3 + d c / 3, so c = (1 - d) / (3 - d); A and AB split the rest.
    double[] rank = LexRank.rank(List.of(A, AB, C), new double[3], D);
    double c = (1 - D) / (3 - D);
    assertEquals((1 - c) / 2, rank[0], 1e-9);
    assertEquals((1 - c) / 2, rank[1], 1e-9);
    assertEquals(c, rank[2], 1e-9);
  }

  @Test
  void jumpsGoWhereThePriorPoints() {
    // All jumps land on A: a = (1 - d) + d b and b = d a, so a = 1 / (1 + d), b = d / (1 + d).
    double[] rank = LexRank.rank(List.of(A, AB), new double[] {2.0, 0.0}, D);
    assertEquals(1 / (1 + D), rank[0], 1e-9);
    assertEquals(D / (1 + D), rank[1], 1e-9);
  }

  @Test
  void noSentencesNoRanks() {
    assertEquals(0, LexRank.rank(List.of(), new double[0], D).length);
  }
}
