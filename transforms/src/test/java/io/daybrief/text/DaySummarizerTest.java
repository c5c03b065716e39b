package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.text.DaySummarizer.Candidate;
import io.daybrief.text.DaySummarizer.Frequencies;
import io.daybrief.text.DaySummarizer.Scoring;
import io.daybrief.text.DaySummarizer.Selected;
import io.daybrief.text.DaySummarizer.Settings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DaySummarizerTest {
  /** Every term in every document: idf ln(2 / 2) + 1 = 1. */
  private static final Frequencies UNIT_IDF = new Frequencies(1, term -> 1);
  private static final Optional<LocalDate> NO_DAY = Optional.empty();
  private static final Candidate AB = new Candidate("doc-a", 0, 0, "alpha bravo words here", List.of("a", "b"));
  private static final Candidate AC = new Candidate("doc-b", 0, 0, "alpha charlie words here", List.of("a", "c"));
  private static final Candidate D = new Candidate("doc-c", 2, 1, "delta words are here", List.of("d"));

  @Test
  void centroidScoresAreCosinesToTheDateCentroid() {
    // Unit IDF; each document's vector is scaled to length 1 before summing:
    // centroid (a sqrt2, b 1/sqrt2, c 1/sqrt2, d 1), norm 2.
    List<Selected> chosen = summarize(settings(3, 1, 0.99, Scoring.CENTROID), List.of(AB, AC, D));
    assertEquals(List.of(AB, AC, D), chosen.stream().map(Selected::sentence).toList());
    assertEquals(0.75, chosen.get(0).score(), 1e-12);
    assertEquals(0.75, chosen.get(1).score(), 1e-12);
    assertEquals(0.5, chosen.get(2).score(), 1e-12);
  }

  @Test
  void aRepeatOfAChosenSentenceIsSkipped() {
    // cosine(AB, AC) = 1/2 is over the threshold: AC is skipped for D although it scores higher.
    List<Selected> chosen = summarize(settings(2, 1, 0.45, Scoring.CENTROID), List.of(AB, AC, D));
    assertEquals(List.of(AB, D), chosen.stream().map(Selected::sentence).toList());
  }

  @Test
  void tiesBreakByReadingOrderWhateverTheInputOrder() {
    List<Candidate> shuffled = new ArrayList<>(List.of(D, AC, AB));
    Collections.reverse(shuffled);
    Settings oneSentence = settings(1, 1, 0.99, Scoring.CENTROID);
    assertEquals(AB, summarize(oneSentence, List.of(D, AC, AB)).get(0).sentence());
    assertEquals(AB, summarize(oneSentence, shuffled).get(0).sentence());
  }

  @Test
  void sumScoringAddsTfIdfWeights() {
    Candidate repeated = new Candidate("doc-d", 0, 0, "alpha alpha bravo words", List.of("a", "a", "b"));
    List<Selected> chosen = summarize(settings(1, 1, 0.99, Scoring.SUM), List.of(AB, repeated));
    assertEquals(repeated, chosen.get(0).sentence());
    assertEquals(3.0, chosen.get(0).score(), 1e-12);
  }

  @Test
  void shortFragmentsAndRepeatedTextsAreNotCandidates() {
    Candidate fragment = new Candidate("doc-a", 1, 0, "alpha bravo", List.of("a", "b"));
    Candidate sameText = new Candidate("doc-z", 0, 0, "Alpha bravo words here!", List.of("a", "b"));
    List<Selected> chosen = summarize(settings(5, 4, 0.99, Scoring.CENTROID), List.of(fragment, AB, sameText));
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
    List<Selected> chosen = summarize(settings(1, 1, 0.99, Scoring.CENTROID), day);
    assertEquals(news1, chosen.get(0).sentence());
  }

  @Test
  void positionPriorFavoursEarlyBlocks() {
    Candidate lead = new Candidate("doc-a", 0, 0, "delta echo words here", List.of("d", "e"));
    Candidate later = new Candidate("doc-b", 9, 0, "delta echo words here too", List.of("d", "e"));
    Settings withPrior = new Settings(2, 0, 1, 1.0, Scoring.CENTROID, 1.0, 0.0, 0, 1.0, 0.0, 0.0, 1.0, 0);
    List<Selected> chosen = new DaySummarizer(withPrior).summarize(NO_DAY, List.of(later, lead), UNIT_IDF);
    // Same vector, cosine 1: scores are 1 + 1/1 and 1 + 1/10.
    assertEquals(2.0, chosen.get(0).score(), 1e-12);
    assertEquals(1.1, chosen.get(1).score(), 1e-12);
  }

  @Test
  void positionHalfLifeHalvesTheWeightEveryHalfLife() {
    Candidate lead = new Candidate("doc-a", 0, 0, "delta echo words here", List.of("d", "e"));
    Candidate later = new Candidate("doc-b", 10, 0, "delta echo words here too", List.of("d", "e"));
    Settings withDecay = new Settings(2, 0, 1, 1.0, Scoring.CENTROID, 0.0, 5.0, 0, 1.0, 0.0, 0.0, 1.0, 0);
    List<Selected> chosen = new DaySummarizer(withDecay).summarize(NO_DAY, List.of(later, lead), UNIT_IDF);
    // Same vector, cosine 1: block 0 weighs 1, block 10 two half-lives later 1/4.
    assertEquals(1.0, chosen.get(0).score(), 1e-12);
    assertEquals(0.25, chosen.get(1).score(), 1e-12);
  }

  @Test
  void lengthPriorScalesLongSentencesDown() {
    Candidate longOne = new Candidate("doc-a", 0, 0, "one two three four five six seven eight", List.of("d"));
    Settings withTarget = new Settings(1, 0, 1, 1.0, Scoring.CENTROID, 0.0, 0.0, 4, 1.0, 0.0, 0.0, 1.0, 0);
    assertEquals(0.5, new DaySummarizer(withTarget).summarize(NO_DAY, List.of(longOne), UNIT_IDF).get(0).score(), 1e-12);
  }

  @Test
  void mmrTradesScoreForNovelty() {
    // AB and AC both score 0.75, D 0.5; cosine(AB, AC) = 0.5.
    // lambda 0.5 after AB: AC = 0.5 * 0.75 - 0.5 * 0.5 = 0.125, D = 0.5 * 0.5 - 0 = 0.25: D wins.
    Settings mmr = new Settings(2, 0, 1, 0.99, Scoring.CENTROID, 0.0, 0.0, 0, 0.5, 0.0, 0.0, 1.0, 0);
    List<Selected> chosen = new DaySummarizer(mmr).summarize(NO_DAY, List.of(AB, AC, D), UNIT_IDF);
    assertEquals(List.of(AB, D), chosen.stream().map(Selected::sentence).toList());
  }

  @Test
  void lexRankReranksThePoolAndLeavesTheRestOut() {
    // Pool of 2: AB and AC (0.75 each) link only to each other, so each holds half the walk,
    // 1 in units of the pool's mean; D (0.5) is outside the pool.
    Settings lexRank = new Settings(3, 0, 1, 0.99, Scoring.CENTROID, 0.0, 0.0, 0, 1.0, 0.0, 0.0, 1.0, 2);
    List<Selected> chosen = new DaySummarizer(lexRank).summarize(NO_DAY, List.of(AB, AC, D), UNIT_IDF);
    assertEquals(List.of(AB, AC), chosen.stream().map(Selected::sentence).toList());
    assertEquals(1.0, chosen.get(0).score(), 1e-9);
    assertEquals(1.0, chosen.get(1).score(), 1e-9);
  }

  @Test
  void aSmallerNormExponentLetsLengthCount() {
    // Unit IDF, centroid (a sqrt2, b 1/sqrt2, c 1/sqrt2, d 1), norm 2. Exponent 0: the dot
    // product over |centroid|: AB (sqrt2 + 1/sqrt2) / 2 = 3 / (2 sqrt2), D 1/2.
    Settings dot = new Settings(3, 0, 1, 0.99, Scoring.CENTROID, 0.0, 0.0, 0, 1.0, 0.0, 0.0, 0.0, 0);
    List<Selected> chosen = new DaySummarizer(dot).summarize(NO_DAY, List.of(AB, AC, D), UNIT_IDF);
    assertEquals(3 / (2 * Math.sqrt(2)), chosen.get(0).score(), 1e-12);
    assertEquals(0.5, chosen.get(2).score(), 1e-12);
  }

  @Test
  void wordBudgetReplacesTheSentenceCount() {
    // Each candidate has 4 words: a budget of 9 words takes two of them, the third does not fit.
    Settings words = new Settings(1, 9, 1, 0.99, Scoring.CENTROID, 0.0, 0.0, 0, 1.0, 0.0, 0.0, 1.0, 0);
    List<Selected> chosen = new DaySummarizer(words).summarize(NO_DAY, List.of(AB, AC, D), UNIT_IDF);
    assertEquals(List.of(AB, AC), chosen.stream().map(Selected::sentence).toList());
  }

  @Test
  void documentFrequencyCentroidWeighsTermsByTheArticlesUsingThem() {
    // Unit IDF; a is in two documents, b, c, d in one: centroid (a 2, b 1, c 1, d 1), norm sqrt 7.
    // AB = (1, 1, 0, 0): cosine 3 / (sqrt 2 sqrt 7); D = (0, 0, 0, 1): 1 / sqrt 7.
    List<Selected> chosen = summarize(settings(3, 1, 0.99, Scoring.DOCUMENT_FREQUENCY), List.of(AB, AC, D));
    assertEquals(3 / Math.sqrt(14), chosen.get(0).score(), 1e-12);
    assertEquals(3 / Math.sqrt(14), chosen.get(1).score(), 1e-12);
    assertEquals(1 / Math.sqrt(7), chosen.get(2).score(), 1e-12);
  }

  @Test
  void logLikelihoodRatioByHand() {
    // Two of two documents against none of two: p1 = 1, p2 = 0, pooled p = 1/2;
    // -2 log lambda = 2 * (0 + 0 - 2 ln 1/2 - 2 ln 1/2) = 8 ln 2.
    assertEquals(8 * Math.log(2), DaySummarizer.logLikelihoodRatio(2, 2, 0, 2), 1e-12);
    // Same rate on both sides: no evidence at all.
    assertEquals(0.0, DaySummarizer.logLikelihoodRatio(1, 2, 5, 10), 1e-12);
  }

  @Test
  void signatureKeepsTheTermsOfTheDay() {
    // 20 documents in the run, 2 on this date. "a" is in both of them and nowhere else:
    // -2 log lambda = -2 (2 ln 0.1 + 18 ln 0.9) = 13.0 > 10.83. "b" and "c" are in one of the two and
    // in 5 of the 18 others: -2 log lambda 0.39, no signature. The centroid keeps only "a", so ab
    // scores idf(a) / |ab|, ac 1, and bc, without "a", 0 (the plain centroid would give it more).
    Candidate ab = new Candidate("doc-a", 0, 0, "alpha bravo words here", List.of("a", "b"));
    Candidate ac = new Candidate("doc-b", 0, 0, "alpha charlie words here", List.of("a"));
    Candidate bc = new Candidate("doc-b", 1, 0, "charlie words here again", List.of("c"));
    Frequencies run = new Frequencies(20, term -> term.equals("a") ? 2 : 6);
    double idfA = Math.log(21.0 / 3) + 1;
    double idfB = Math.log(21.0 / 7) + 1;
    List<Selected> chosen =
        new DaySummarizer(settings(3, 1, 0.99, Scoring.SIGNATURE)).summarize(NO_DAY, List.of(ab, ac, bc), run);
    assertEquals(List.of(ab, ac, bc), chosen.stream().map(Selected::sentence).toList());
    assertEquals(idfA / Math.hypot(idfA, idfB), chosen.get(0).score(), 1e-12);
    assertEquals(1.0, chosen.get(1).score(), 1e-12);
    assertEquals(0.0, chosen.get(2).score(), 1e-12);
  }

  @Test
  void dayPriorWeighsSentencesThatNameTheDay() {
    // One term each, all different: centroid (d 1, e 1, f 1), each cosine 1 / sqrt 3.
    // 2011-01-25 is a Tuesday.
    Candidate sameDay = new Candidate("doc-a", 0, 0, "Crowds marched in Cairo on Tuesday", List.of("d"));
    Candidate otherDay = new Candidate("doc-b", 0, 0, "Crowds marched in Cairo on Monday", List.of("e"));
    Candidate noDay = new Candidate("doc-c", 0, 0, "Crowds marched in Cairo again", List.of("f"));
    double cosine = 1 / Math.sqrt(3);
    Settings dayPrior = new Settings(3, 0, 1, 1.0, Scoring.CENTROID, 0.0, 0.0, 0, 1.0, 1.0, -0.5, 1.0, 0);
    List<Selected> chosen =
        new DaySummarizer(dayPrior)
            .summarize(Optional.of(LocalDate.of(2011, 1, 25)), List.of(noDay, otherDay, sameDay), UNIT_IDF);
    assertEquals(List.of(sameDay, otherDay, noDay), chosen.stream().map(Selected::sentence).toList());
    assertEquals(2 * cosine, chosen.get(0).score(), 1e-12);
    assertEquals(0.5 * cosine, chosen.get(1).score(), 1e-12);
    assertEquals(cosine, chosen.get(2).score(), 1e-12);
    // Undated: no day to name, no prior.
    List<Selected> undated = new DaySummarizer(dayPrior).summarize(NO_DAY, List.of(sameDay, otherDay), UNIT_IDF);
    assertEquals(1 / Math.sqrt(2), undated.get(0).score(), 1e-12);
    assertEquals(1 / Math.sqrt(2), undated.get(1).score(), 1e-12);
  }

  @Test
  void wordCountCountsTokensWithALetterOrDigit() {
    assertEquals(0, DaySummarizer.wordCount("  "));
    assertEquals(3, DaySummarizer.wordCount(" U.N. refugee  agency "));
    assertEquals(4, DaySummarizer.wordCount("Haiti 's quake , aid ."));
  }

  private static Settings settings(int sentences, int minWords, double redundancy, Scoring scoring) {
    return new Settings(sentences, 0, minWords, redundancy, scoring, 0.0, 0.0, 0, 1.0, 0.0, 0.0, 1.0, 0);
  }

  private static List<Selected> summarize(Settings settings, List<Candidate> sentences) {
    return new DaySummarizer(settings).summarize(NO_DAY, sentences, UNIT_IDF);
  }
}
