package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.text.DaySummarizer.Candidate;
import io.daybrief.text.DaySummarizer.Frequencies;
import io.daybrief.text.DaySummarizer.Selected;
import io.daybrief.text.DaySummarizer.Settings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaySummarizerTest {
  /** Every term in every document: idf ln(2 / 2) + 1 = 1. */
  private static final Frequencies UNIT_IDF = new Frequencies(1, term -> 1);
  private static final Candidate AB = new Candidate("doc-a", 0, 0, "alpha bravo words here", List.of("a", "b"));
  private static final Candidate AC = new Candidate("doc-b", 0, 0, "alpha charlie words here", List.of("a", "c"));
  private static final Candidate D = new Candidate("doc-c", 2, 1, "delta words are here", List.of("d"));

  @Test
  void centroidScoresAreCosinesToTheDateCentroid() {
    // Unit IDF; each document's vector is scaled to length 1 before summing:
    // centroid (a sqrt2, b 1/sqrt2, c 1/sqrt2, d 1), norm 2.
    List<Selected> chosen = summarize(settings(3, 1, 0.99), List.of(AB, AC, D));
    assertEquals(List.of(AB, AC, D), chosen.stream().map(Selected::sentence).toList());
    assertEquals(0.75, chosen.get(0).score(), 1e-12);
    assertEquals(0.75, chosen.get(1).score(), 1e-12);
    assertEquals(0.5, chosen.get(2).score(), 1e-12);
  }

  @Test
  void aRepeatOfAChosenSentenceIsSkipped() {
    // cosine(AB, AC) = 1/2 is over the threshold: AC is skipped for D although it scores higher.
    List<Selected> chosen = summarize(settings(2, 1, 0.45), List.of(AB, AC, D));
    assertEquals(List.of(AB, D), chosen.stream().map(Selected::sentence).toList());
  }

  @Test
  void tiesBreakByReadingOrderWhateverTheInputOrder() {
    List<Candidate> shuffled = new ArrayList<>(List.of(D, AC, AB));
    Collections.reverse(shuffled);
    Settings oneSentence = settings(1, 1, 0.99);
    assertEquals(AB, summarize(oneSentence, List.of(D, AC, AB)).get(0).sentence());
    assertEquals(AB, summarize(oneSentence, shuffled).get(0).sentence());
  }

  @Test
  void shortFragmentsAndRepeatedTextsAreNotCandidates() {
    Candidate fragment = new Candidate("doc-a", 1, 0, "alpha bravo", List.of("a", "b"));
    Candidate sameText = new Candidate("doc-z", 0, 0, "Alpha bravo words here!", List.of("a", "b"));
    List<Selected> chosen = summarize(settings(5, 4, 0.99), List.of(fragment, AB, sameText));
    assertEquals(List.of(AB), chosen.stream().map(Selected::sentence).toList());
  }

  @Test
  void aLongDocumentCountsOnceInTheCentroid() {
    // Ten sentences of comments about "z" in one document, one news sentence about "n" in each of two others.
    List<Candidate> day = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      day.add(new Candidate("comments", i, 0, "zulu comment number " + i, List.of("z")));
    }
    Candidate news1 = new Candidate("news-1", 0, 0, "november news words here", List.of("n"));
    Candidate news2 = new Candidate("news-2", 0, 0, "november news words again", List.of("n"));
    day.add(news1);
    day.add(news2);
    List<Selected> chosen = summarize(settings(1, 1, 0.99), day);
    assertEquals(news1, chosen.get(0).sentence());
  }

  @Test
  void wordBudgetReplacesTheSentenceCount() {
    // Each candidate has 4 words: a budget of 9 words takes two of them, the third does not fit.
    Settings words = new Settings(1, 9, 1, 0.99);
    List<Selected> chosen = new DaySummarizer(words).summarize(List.of(AB, AC, D), UNIT_IDF);
    assertEquals(List.of(AB, AC), chosen.stream().map(Selected::sentence).toList());
  }

  @Test
  void wordCountCountsTokensWithALetterOrDigit() {
    assertEquals(0, DaySummarizer.wordCount("  "));
    assertEquals(3, DaySummarizer.wordCount(" U.N. refugee  agency "));
    assertEquals(4, DaySummarizer.wordCount("Haiti 's quake , aid ."));
  }

  private static Settings settings(int sentences, int minWords, double redundancy) {
    return new Settings(sentences, 0, minWords, redundancy);
  }

  private static List<Selected> summarize(Settings settings, List<Candidate> sentences) {
    return new DaySummarizer(settings).summarize(sentences, UNIT_IDF);
  }
}
