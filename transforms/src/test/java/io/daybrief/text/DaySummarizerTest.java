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
    Settings words = new Settings(1, 9, 1, 0.99, DaySummarizer.Selection.RANK, DaySummarizer.Centroid.DOCUMENTS, List.of());
    List<Selected> chosen = new DaySummarizer(words).summarize(List.of(AB, AC, D), UNIT_IDF);
    assertEquals(List.of(AB, AC), chosen.stream().map(Selected::sentence).toList());
    // The whole-summary selection under the same budget: AB, then D (see theWholeSummaryIsBuiltTowardTheCentroid).
    Settings summaryWords = new Settings(1, 9, 1, 0.99, DaySummarizer.Selection.SUMMARY, DaySummarizer.Centroid.DOCUMENTS, List.of());
    assertEquals(List.of(AB, D),
        new DaySummarizer(summaryWords).summarize(List.of(AB, AC, D), UNIT_IDF).stream().map(Selected::sentence).toList());
  }

  @Test
  void wordCountCountsTokensWithALetterOrDigit() {
    assertEquals(0, DaySummarizer.wordCount("  "));
    assertEquals(3, DaySummarizer.wordCount(" U.N. refugee  agency "));
    assertEquals(4, DaySummarizer.wordCount("Haiti 's quake , aid ."));
  }

  @Test
  void theWholeSummaryIsBuiltTowardTheCentroid() {
    // Centroid (a sqrt2, b 1/sqrt2, c 1/sqrt2, d 1), norm 2; cosines AB 0.75, AC 0.75, D 0.5.
    // RANK takes AB then AC. SUMMARY takes AB (the tie goes to reading order), then compares
    //   AB + AC = (a sqrt2, b 1/sqrt2, c 1/sqrt2): cos = (2 + 1/2 + 1/2) / 2 / sqrt3 = 0.8660
    //   AB + D = (a 1/sqrt2, b 1/sqrt2, d 1):       cos = (1 + 1/2 + 1) / 2 / sqrt2 = 0.8839
    // and takes D: AC says again half of what AB says.
    Settings rank = new Settings(2, 0, 1, 0.99, DaySummarizer.Selection.RANK, DaySummarizer.Centroid.DOCUMENTS, List.of());
    Settings summary = new Settings(2, 0, 1, 0.99, DaySummarizer.Selection.SUMMARY, DaySummarizer.Centroid.DOCUMENTS, List.of());
    assertEquals(List.of(AB, AC), summarize(rank, List.of(D, AC, AB)).stream().map(Selected::sentence).toList());
    List<Selected> chosen = summarize(summary, List.of(D, AC, AB));
    assertEquals(List.of(AB, D), chosen.stream().map(Selected::sentence).toList());
    // A line's score stays its own cosine to the centroid.
    assertEquals(0.75, chosen.get(0).score(), 1e-12);
    assertEquals(0.5, chosen.get(1).score(), 1e-12);
  }

  @Test
  void theSentenceCentroidCountsEverySentenceOnce() {
    // doc-a says "a" and "b", doc-b says "a". Centroid of sentences: (a 2, b 1), norm sqrt5, so
    // cos(b) = 1/sqrt5 = 0.4472; of documents: (a 1 + 1/sqrt2, b 1/sqrt2), cos(b) = 0.3827.
    Candidate a = new Candidate("doc-a", 0, 0, "alpha words are here", List.of("a"));
    Candidate b = new Candidate("doc-a", 0, 1, "bravo words are here", List.of("b"));
    Candidate a2 = new Candidate("doc-b", 0, 0, "alpha words again here", List.of("a"));
    for (DaySummarizer.Centroid centroid : DaySummarizer.Centroid.values()) {
      Settings settings = new Settings(3, 0, 1, 1.0, DaySummarizer.Selection.RANK, centroid, List.of());
      double expected = centroid == DaySummarizer.Centroid.SENTENCES ? 1 / Math.sqrt(5)
          : (1 / Math.sqrt(2)) / Math.sqrt(Math.pow(1 + 1 / Math.sqrt(2), 2) + 0.5);
      Selected selected = summarize(settings, List.of(a, b, a2)).stream()
          .filter(s -> s.sentence() == b).findFirst().orElseThrow();
      assertEquals(expected, selected.score(), 1e-12, centroid.name());
    }
  }

  @Test
  void keywordsKeepTheSentencesThatMentionThem() {
    Settings settings = new Settings(3, 0, 1, 0.99, DaySummarizer.Selection.SUMMARY, DaySummarizer.Centroid.DOCUMENTS,
        List.of("Delta", "zulu"));
    assertEquals(List.of(D), summarize(settings, List.of(AB, AC, D)).stream().map(Selected::sentence).toList());
  }

  @Test
  void aSentenceWhoseWeightTowardTheDayAChosenOneHoldsIsARepeat() {
    // Three articles say "feared thousands" (f, t); one of them in many words of its own (y1..y4),
    // so that its cosine to the first, 2 / (sqrt3 sqrt6) = 0.47, stays under the 0.5 threshold.
    // Its dot with the centroid is mostly on f and t, which the first sentence holds: with
    // repeatedShare 0.6 it is a repeat, and the rescue team's sentence comes in instead (the third
    // says "feared thousands" too, and its cosine to the first, 2/3, already makes it a repeat).
    Candidate first = new Candidate("doc-a", 0, 0, "thousands feared dead in the quake", List.of("f", "t", "x"));
    Candidate reworded = new Candidate("doc-b", 0, 0, "it is feared thousands have died there in ruins",
        List.of("f", "t", "y1", "y2", "y3", "y4"));
    Candidate again = new Candidate("doc-c", 0, 0, "thousands are feared dead after the quake", List.of("f", "t", "z"));
    Candidate rescue = new Candidate("doc-d", 0, 0, "a rescue team heads out for the capital", List.of("r", "e"));
    List<Candidate> day = List.of(first, reworded, again, rescue);
    DaySummarizer.Selection summary = DaySummarizer.Selection.SUMMARY;
    DaySummarizer.Centroid sentences = DaySummarizer.Centroid.SENTENCES;
    Settings off = new Settings(2, 0, 1, 0.5, summary, sentences, List.of());
    Settings on = new Settings(2, 0, 1, 0.5, summary, sentences, List.of(), 0.6);
    assertEquals(List.of(first, reworded), sentencesOf(summarize(off, day)));
    assertEquals(List.of(first, rescue), sentencesOf(summarize(on, day)));
    // The same rule for the ranking.
    Settings rankOn = new Settings(2, 0, 1, 0.5, DaySummarizer.Selection.RANK, sentences, List.of(), 0.6);
    assertEquals(List.of(first, rescue), sentencesOf(summarize(rankOn, day)));
  }

  @Test
  void theKneeCutKeepsWhatTheNamedAndTheLeadSentencesAgreeOn() {
    Candidate named = new Candidate("doc-a", 0, 0, "the quake hit haiti on tuesday", List.of("q", "h"), true);
    Candidate namedToll = new Candidate("doc-b", 0, 0, "the quake in haiti killed thousands", List.of("q", "h", "t"), true);
    Candidate lead = new Candidate("doc-c", 0, 0, "a quake struck haiti 's capital", List.of("q", "h", "c"), false);
    Candidate football = new Candidate("doc-d", 0, 0, "the football match ended in a draw", List.of("f", "m"), false);
    List<Candidate> day = List.of(named, namedToll, lead, football);
    DaySummarizer.Selection summary = DaySummarizer.Selection.SUMMARY;
    DaySummarizer.Centroid sentences = DaySummarizer.Centroid.SENTENCES;
    Settings all = new Settings(4, 0, 1, 1.0, summary, sentences, List.of(), 1.0, DaySummarizer.CandidateCut.NONE);
    Settings knee = new Settings(4, 0, 1, 1.0, summary, sentences, List.of(), 1.0, DaySummarizer.CandidateCut.KNEE);
    assertEquals(List.of(named, namedToll, lead, football), sentencesOf(summarize(all, day)));
    // Cosines to what both groups share (q, h): 1, 0.816, 0.816, 0: the elbow is 0.816, so only the first stays.
    assertEquals(List.of(named), sentencesOf(summarize(knee, day)));
  }

  private static List<Candidate> sentencesOf(List<Selected> chosen) {
    return chosen.stream().map(Selected::sentence).toList();
  }

  /** The ranking the tests above were written for: each sentence by its own cosine to the documents' centroid. */
  private static Settings settings(int sentences, int minWords, double redundancy) {
    return new Settings(sentences, 0, minWords, redundancy, DaySummarizer.Selection.RANK,
        DaySummarizer.Centroid.DOCUMENTS, List.of());
  }

  private static List<Selected> summarize(Settings settings, List<Candidate> sentences) {
    return new DaySummarizer(settings).summarize(sentences, UNIT_IDF);
  }
}
