package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.text.DaySummarizer.Candidate;
import io.daybrief.text.DaySummarizer.Scoring;
import io.daybrief.text.DaySummarizer.Selected;
import io.daybrief.text.DaySummarizer.Settings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaySummarizerTest {
  private static final Candidate AB = new Candidate("doc-a", 0, 0, "alpha bravo words here", List.of("a", "b"));
  private static final Candidate AC = new Candidate("doc-b", 0, 0, "alpha charlie words here", List.of("a", "c"));
  private static final Candidate D = new Candidate("doc-c", 2, 1, "delta words are here", List.of("d"));

  @Test
  void centroidScoresAreCosinesToTheDateCentroid() {
    // Unit IDF: centroid (a 2, b 1, c 1, d 1), norm sqrt(7).
    List<Selected> chosen = summarize(new Settings(3, 1, 0.99, Scoring.CENTROID), List.of(AB, AC, D));
    assertEquals(List.of(AB, AC, D), chosen.stream().map(Selected::sentence).toList());
    assertEquals(3 / Math.sqrt(14), chosen.get(0).score(), 1e-12);
    assertEquals(3 / Math.sqrt(14), chosen.get(1).score(), 1e-12);
    assertEquals(1 / Math.sqrt(7), chosen.get(2).score(), 1e-12);
  }

  @Test
  void aRepeatOfAChosenSentenceIsSkipped() {
    // cosine(AB, AC) = 1/2 is over the threshold: AC is skipped for D although it scores higher.
    List<Selected> chosen = summarize(new Settings(2, 1, 0.45, Scoring.CENTROID), List.of(AB, AC, D));
    assertEquals(List.of(AB, D), chosen.stream().map(Selected::sentence).toList());
  }

  @Test
  void tiesBreakByReadingOrderWhateverTheInputOrder() {
    List<Candidate> shuffled = new ArrayList<>(List.of(D, AC, AB));
    Collections.reverse(shuffled);
    Settings oneSentence = new Settings(1, 1, 0.99, Scoring.CENTROID);
    assertEquals(AB, summarize(oneSentence, List.of(D, AC, AB)).get(0).sentence());
    assertEquals(AB, summarize(oneSentence, shuffled).get(0).sentence());
  }

  @Test
  void sumScoringAddsTfIdfWeights() {
    Candidate repeated = new Candidate("doc-d", 0, 0, "alpha alpha bravo words", List.of("a", "a", "b"));
    List<Selected> chosen = summarize(new Settings(1, 1, 0.99, Scoring.SUM), List.of(AB, repeated));
    assertEquals(repeated, chosen.get(0).sentence());
    assertEquals(3.0, chosen.get(0).score(), 1e-12);
  }

  @Test
  void shortFragmentsAndRepeatedTextsAreNotCandidates() {
    Candidate fragment = new Candidate("doc-a", 1, 0, "alpha bravo", List.of("a", "b"));
    Candidate sameText = new Candidate("doc-z", 0, 0, "Alpha bravo words here!", List.of("a", "b"));
    List<Selected> chosen = summarize(new Settings(5, 4, 0.99, Scoring.CENTROID), List.of(fragment, AB, sameText));
    assertEquals(List.of(AB), chosen.stream().map(Selected::sentence).toList());
  }

  @Test
  void wordCountCountsTokensWithALetterOrDigit() {
    assertEquals(0, DaySummarizer.wordCount("  "));
    assertEquals(3, DaySummarizer.wordCount(" U.N. refugee  agency "));
    assertEquals(4, DaySummarizer.wordCount("Haiti 's quake , aid ."));
  }

  private static List<Selected> summarize(Settings settings, List<Candidate> sentences) {
    return new DaySummarizer(settings).summarize(sentences, term -> 1.0);
  }
}
