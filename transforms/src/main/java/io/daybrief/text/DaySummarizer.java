package io.daybrief.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Extractive summary of one date. Candidates are the date's sentences of enough words, each text
 * once; each gets a TF-IDF vector and its cosine to the date's centroid ({@link Centroid}). The
 * summary is then built ({@link Selection}): as a whole, greedily toward the centroid
 * (CENTROID-OPT), or sentence by sentence by score; either way a sentence that repeats one already
 * chosen is skipped, until the sentence or word budget is spent. Deterministic: the result depends
 * only on the set of sentences, not their arrival order.
 *
 * <p>Position, length and day priors, MMR, LexRank, other centroids (document frequency, topic
 * signature) and a plain TF-IDF sum were measured against ranking and lost: docs/evaluation.md;
 * the selection and centroid defaults: docs/quality.md.
 */
public final class DaySummarizer {

  /**
   * The run's documents, for weighting terms.
   *
   * @param documents how many documents the run has
   * @param documentFrequency how many of them contain a term
   */
  public record Frequencies(long documents, ToLongFunction<String> documentFrequency) {
    public double idf(String term) {
      return Idf.of(documentFrequency.applyAsLong(term), documents);
    }
  }

  /**
   * @param sentences how many sentences a summary may have (when {@code words} is 0)
   * @param words how many words a summary may have; 0 to count sentences instead
   * @param minWords sentences with fewer words are not candidates (fragments, captions)
   * @param redundancy a candidate whose cosine to an already chosen sentence reaches this is skipped
   * @param selection how the sentences are picked
   * @param centroid what the date's centroid is made of
   * @param keywords when not empty, only sentences mentioning one of these (lower case, as a
   *     substring of the lower-cased sentence) may be chosen; the centroid still comes from all
   * @param repeatedShare a candidate is skipped when one chosen sentence holds this share of its
   *     weight toward the centroid ({@link #repeatedShare}); 1 turns the check off
   * @param cut which candidates the centroid and the summary are made of
   */
  public record Settings(
      int sentences, int words, int minWords, double redundancy, Selection selection, Centroid centroid,
      List<String> keywords, double repeatedShare, CandidateCut cut) implements Serializable {
    public Settings {
      keywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
    }

    /** Every candidate kept ({@link CandidateCut#NONE}). */
    public Settings(
        int sentences, int words, int minWords, double redundancy, Selection selection, Centroid centroid,
        List<String> keywords, double repeatedShare) {
      this(sentences, words, minWords, redundancy, selection, centroid, keywords, repeatedShare, CandidateCut.NONE);
    }

    /** Without the check on the centroid's share ({@code repeatedShare} 1, the default). */
    public Settings(
        int sentences, int words, int minWords, double redundancy, Selection selection, Centroid centroid,
        List<String> keywords) {
      this(sentences, words, minWords, redundancy, selection, centroid, keywords, 1.0);
    }

    /** The default selection and centroid, no keywords. */
    public Settings(int sentences, int words, int minWords, double redundancy) {
      this(sentences, words, minWords, redundancy, Selection.RANK, Centroid.DOCUMENTS, List.of());
    }
  }

  /** How a date's sentences are picked. */
  public enum Selection {
    /** Each sentence by its own cosine to the centroid, best first. */
    RANK,
    /**
     * The whole summary: greedily the sentence that brings the sum of the chosen sentences' unit
     * vectors closest (by cosine) to the centroid (news-tls's CENTROID-OPT): a sentence that says
     * again what is chosen already adds little.
     */
    SUMMARY
  }

  /** Which of a date's sentences are candidates before its centroid is built. */
  public enum CandidateCut {
    /** Every sentence of enough words. */
    NONE,
    /**
     * Those above the knee of their cosines to what the sentences naming the date and the leads of
     * its articles share ({@link KneeCut}, news-tls's PM_Mean); needs {@link Candidate#named}.
     */
    KNEE
  }

  /** What a date's centroid is the sum of. */
  public enum Centroid {
    /** Its documents' TF-IDF vectors, each of unit length: every article counts once. */
    DOCUMENTS,
    /** Its candidate sentences' TF-IDF vectors, each of unit length (news-tls). */
    SENTENCES
  }

  /**
   * One sentence of the date.
   *
   * @param document id of the document it is from
   * @param paragraph the paragraph's position in the document
   * @param index the sentence's index in the paragraph
   * @param named whether the sentence is the date's by naming it, rather than as a lead of an
   *     article of the date or the day after ({@link CandidateCut#KNEE} tells the two apart)
   */
  public record Candidate(String document, int paragraph, int index, String text, List<String> terms, boolean named) {
    public Candidate(String document, int paragraph, int index, String text, List<String> terms) {
      this(document, paragraph, index, text, terms, false);
    }
  }

  public record Selected(Candidate sentence, double score) {}

  /** Document order: how a reader meets the sentences; also the tie-break everywhere. */
  public static final Comparator<Candidate> READING_ORDER =
      Comparator.comparing(Candidate::document)
          .thenComparingInt(Candidate::paragraph)
          .thenComparingInt(Candidate::index)
          .thenComparing(Candidate::text);

  private final Settings settings;

  public DaySummarizer(Settings settings) {
    this.settings = settings;
  }

  public Settings settings() {
    return settings;
  }

  /**
   * @param sentences every sentence of the date's kept paragraphs, in any order
   * @param frequencies the run's document frequencies
   * @return the chosen sentences in reading order, each with its score
   */
  public List<Selected> summarize(List<Candidate> sentences, Frequencies frequencies) {
    List<Candidate> ordered = new ArrayList<>(sentences);
    ordered.sort(READING_ORDER);
    List<String> occurrences = new ArrayList<>();
    for (Candidate sentence : ordered) {
      occurrences.addAll(sentence.terms());
    }
    TermVector.Dictionary idf = new TermVector.Dictionary(occurrences, frequencies::idf);

    List<Scored> candidates = new ArrayList<>();
    Set<String> seenTexts = new HashSet<>();
    for (Candidate sentence : ordered) {
      int words = wordCount(sentence.text());
      if (words < settings.minWords() || sentence.terms().isEmpty()) {
        continue;
      }
      if (!seenTexts.add(TextNormalizer.canonical(sentence.text()))) {
        continue;
      }
      candidates.add(new Scored(sentence, idf.weighted(sentence.terms()), 0, words));
    }
    if (settings.cut() == CandidateCut.KNEE) {
      candidates = cutAtKnee(candidates);
    }
    TermVector centroid = settings.centroid() == Centroid.DOCUMENTS
        ? centroid(ordered, idf)
        : idf.sumOfUnitVectors(candidates.stream().map(Scored::vector).toList());
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (Scored candidate : candidates) {
      if (selectable(candidate.sentence())) {
        scored.add(candidate.withScore(similarity(candidate.vector(), centroid)));
      }
    }
    Comparator<Scored> best =
        Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::sentence, READING_ORDER);
    scored.sort(best);

    List<Scored> chosen = settings.selection() == Selection.RANK ? pick(scored, centroid) : optimise(scored, centroid);
    chosen.sort(Comparator.comparing(Scored::sentence, READING_ORDER));
    return chosen.stream().map(s -> new Selected(s.sentence(), s.score())).toList();
  }

  private static List<Scored> cutAtKnee(List<Scored> candidates) {
    boolean[] named = new boolean[candidates.size()];
    for (int i = 0; i < named.length; i++) {
      named[i] = candidates.get(i).sentence().named();
    }
    boolean[] kept = KneeCut.keep(candidates.stream().map(Scored::vector).toList(), named);
    List<Scored> cut = new ArrayList<>();
    for (int i = 0; i < kept.length; i++) {
      if (kept[i]) {
        cut.add(candidates.get(i));
      }
    }
    return cut;
  }

  private boolean selectable(Candidate sentence) {
    if (settings.keywords().isEmpty()) {
      return true;
    }
    String lower = sentence.text().toLowerCase(Locale.ROOT);
    for (String keyword : settings.keywords()) {
      if (lower.contains(keyword)) {
        return true;
      }
    }
    return false;
  }

  /**
   * CENTROID-OPT: repeatedly adds the candidate that maximises the cosine between the sum of the
   * chosen sentences' unit vectors plus its own and the centroid, skipping candidates that repeat
   * a chosen sentence ({@link Settings#redundancy}) or do not fit the word budget. With unit
   * vectors u and the centroid's cosines c(u), adding u to the chosen sum S scores
   * (c·S + c·u) / |S + u|, and |S + u|² = |S|² + 2 S·u + 1: each step needs only the dot of every
   * candidate with the sentence just chosen.
   *
   * @param ranked the candidates with their cosine to the centroid, best first
   */
  private List<Scored> optimise(List<Scored> ranked, TermVector centroid) {
    int n = ranked.size();
    double[] sumDot = new double[n];
    double[] maxSimilarity = new double[n];
    boolean[] out = new boolean[n];
    double centroidDot = 0;
    double sumSquare = 0;
    List<Scored> chosen = new ArrayList<>();
    int wordsUsed = 0;
    while (!budgetSpent(chosen.size(), wordsUsed)) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (out[i]) {
          continue;
        }
        Scored candidate = ranked.get(i);
        if (maxSimilarity[i] >= settings.redundancy() || !fits(candidate, wordsUsed)
            || repeatsCentroidShare(candidate, chosen, centroid)) {
          continue;
        }
        double norm = Math.sqrt(Math.max(sumSquare + 2 * sumDot[i] + 1, 0));
        double score = norm == 0 ? 0 : (centroidDot + candidate.score()) / norm;
        // ranked best first and in reading order among equals: the first of equal scores wins
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best < 0) {
        break;
      }
      Scored picked = ranked.get(best);
      out[best] = true;
      chosen.add(picked);
      wordsUsed += picked.words();
      centroidDot += picked.score();
      sumSquare += 2 * sumDot[best] + 1;
      for (int i = 0; i < n; i++) {
        if (!out[i]) {
          double cosine = picked.vector().cosine(ranked.get(i).vector());
          sumDot[i] += cosine;
          maxSimilarity[i] = Math.max(maxSimilarity[i], cosine);
        }
      }
    }
    return chosen;
  }

  /**
   * Whether one chosen sentence already says most of what {@code candidate} says about the day:
   * its terms hold at least {@link Settings#repeatedShare} of the candidate's dot product with the
   * centroid. "Thousands are feared dead" and "it is feared thousands of people have died" share
   * the day's weighty terms, but too few terms overall for a cosine to call them repeats.
   */
  private boolean repeatsCentroidShare(Scored candidate, List<Scored> chosen, TermVector centroid) {
    if (settings.repeatedShare() >= 1 || chosen.isEmpty()) {
      return false;
    }
    double toCentroid = candidate.vector().dot(centroid);
    if (toCentroid <= 0) {
      return false;
    }
    for (Scored picked : chosen) {
      double held = candidate.vector().restrictedTo(picked.vector()).dot(centroid);
      if (held >= settings.repeatedShare() * toCentroid) {
        return true;
      }
    }
    return false;
  }

  private static double similarity(TermVector sentence, TermVector centroid) {
    double denominator = centroid.norm() * sentence.norm();
    return denominator == 0 ? 0 : sentence.dot(centroid) / denominator;
  }

  /**
   * The date's centroid: the sum of its documents' TF-IDF vectors, each scaled to unit length, so
   * that every article counts once however long it is (a page of reader comments would otherwise
   * outweigh the day's news).
   */
  private static TermVector centroid(List<Candidate> ordered, TermVector.Dictionary idf) {
    List<TermVector> documents = new ArrayList<>();
    for (List<String> terms : documentTerms(ordered)) {
      documents.add(idf.weighted(terms));
    }
    return idf.sumOfUnitVectors(documents);
  }

  /** The terms of each document, in reading order; {@code ordered} is sorted by document first. */
  private static List<List<String>> documentTerms(List<Candidate> ordered) {
    List<List<String>> documents = new ArrayList<>();
    String current = null;
    for (Candidate sentence : ordered) {
      if (!sentence.document().equals(current)) {
        documents.add(new ArrayList<>());
        current = sentence.document();
      }
      documents.get(documents.size() - 1).addAll(sentence.terms());
    }
    return documents;
  }

  private List<Scored> pick(List<Scored> ranked, TermVector centroid) {
    List<Scored> remaining = new ArrayList<>(ranked);
    List<Scored> chosen = new ArrayList<>();
    int wordsUsed = 0;
    while (!remaining.isEmpty() && !budgetSpent(chosen.size(), wordsUsed)) {
      Scored best = null;
      for (Scored candidate : remaining) {
        // ranked by score already: the first acceptable one is the best
        if (maxSimilarity(candidate, chosen) < settings.redundancy() && fits(candidate, wordsUsed)
            && !repeatsCentroidShare(candidate, chosen, centroid)) {
          best = candidate;
          break;
        }
      }
      if (best == null) {
        break;
      }
      chosen.add(best);
      remaining.remove(best);
      wordsUsed += best.words();
    }
    return chosen;
  }

  private boolean budgetSpent(int sentencesChosen, int wordsUsed) {
    return settings.words() > 0 ? wordsUsed >= settings.words() : sentencesChosen >= settings.sentences();
  }

  private boolean fits(Scored candidate, int wordsUsed) {
    return settings.words() == 0 || wordsUsed + candidate.words() <= settings.words();
  }

  private static double maxSimilarity(Scored candidate, List<Scored> chosen) {
    double max = 0;
    for (Scored picked : chosen) {
      max = Math.max(max, candidate.vector().cosine(picked.vector()));
    }
    return max;
  }

  /** Whitespace-separated tokens holding a letter or digit: tokenised text's "." and "--" are not words. */
  public static int wordCount(String text) {
    int words = 0;
    boolean inToken = false;
    boolean counted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        inToken = false;
        continue;
      }
      if (!inToken) {
        inToken = true;
        counted = false;
      }
      if (!counted && Character.isLetterOrDigit(c)) {
        words++;
        counted = true;
      }
    }
    return words;
  }


  private record Scored(Candidate sentence, TermVector vector, double score, int words) {
    Scored withScore(double newScore) {
      return new Scored(sentence, vector, newScore, words);
    }
  }
}
