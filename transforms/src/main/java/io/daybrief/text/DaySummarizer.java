package io.daybrief.text;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Extractive summary of one date. Every sentence is scored against the date's TF-IDF centroid (or
 * by its plain TF-IDF sum), weighted by a position prior (news puts the news first), a length
 * prior (long sentences crowd out a short budget) and a day prior (a sentence naming the day
 * reports it), and optionally re-ranked by {@link LexRank}; sentences are then picked greedily
 * by maximal marginal relevance, skipping any that repeats one already picked, until the
 * sentence or word budget is spent. Deterministic: the result depends only on the set of sentences, not their
 * arrival order.
 */
public final class DaySummarizer {

  /** How a sentence is scored. */
  public enum Scoring {
    /** Cosine to the date's centroid: the sum of its documents' TF-IDF vectors, each of length 1. */
    CENTROID,
    /**
     * Cosine to a centroid weighting each term by idf times the number of the date's documents
     * that use it: what several articles of the day repeat, however often one of them says it.
     */
    DOCUMENT_FREQUENCY,
    /**
     * Cosine to the {@link #CENTROID} kept to the day's topic signature (Lin and Hovy 2000): the
     * terms whose share of the day's documents exceeds their share of the other documents of the
     * run by a log-likelihood ratio above {@link DaySummarizer#SIGNATURE_LLR} (p < 0.001). Where
     * no term passes (a run of one date), the whole centroid.
     */
    SIGNATURE,
    /** Sum of the sentence's TF-IDF weights (favours long sentences; kept for comparison). */
    SUM
  }

  /** The usual PageRank damping: the walk follows similarities 85% of the time. */
  static final double LEXRANK_DAMPING = 0.85;

  /** The chi-square value of p = 0.001 at one degree of freedom, Lin and Hovy's cut-off. */
  public static final double SIGNATURE_LLR = 10.83;

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
   * @param positionWeight a sentence in block p of its document weighs {@code 1 + positionWeight / (1 + p)}
   * @param positionHalfLife a sentence in block p weighs {@code 2^(-p / positionHalfLife)}; 0 for none
   * @param lengthTarget sentences longer than this many words are scaled by {@code lengthTarget / words}; 0 for none
   * @param mmrLambda picks maximize {@code lambda * score - (1 - lambda) * max cosine to the picked}; 1 for plain greedy
   * @param sameDayWeight a sentence that names the summarized day ({@link DayMentions}) weighs {@code 1 + sameDayWeight}
   * @param otherDayWeight one that names only other days weighs {@code 1 + otherDayWeight} (-1 < w)
   * @param normExponent relevance is {@code dot(sentence, centroid) / (|centroid| |sentence|^e)}: 1 for the cosine
   * @param lexRankPool the best this many candidates are re-ranked by {@link LexRank} biased to
   *     their scores, and the others left out; 0 for none
   */
  public record Settings(
      int sentences,
      int words,
      int minWords,
      double redundancy,
      Scoring scoring,
      double positionWeight,
      double positionHalfLife,
      int lengthTarget,
      double mmrLambda,
      double sameDayWeight,
      double otherDayWeight,
      double normExponent,
      int lexRankPool)
      implements Serializable {}

  /**
   * One sentence of the date.
   *
   * @param document id of the document it is from
   * @param paragraph the paragraph's position in the document
   * @param index the sentence's index in the paragraph
   */
  public record Candidate(String document, int paragraph, int index, String text, List<String> terms) {}

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

  /**
   * @param day the date summarized, which sentences may name; empty for the undated group
   * @param sentences every sentence of the date's kept paragraphs, in any order
   * @param frequencies the run's document frequencies
   * @return the chosen sentences in reading order, each with its score
   */
  public List<Selected> summarize(Optional<LocalDate> day, List<Candidate> sentences, Frequencies frequencies) {
    List<Candidate> ordered = new ArrayList<>(sentences);
    ordered.sort(READING_ORDER);
    List<String> occurrences = new ArrayList<>();
    for (Candidate sentence : ordered) {
      occurrences.addAll(sentence.terms());
    }
    TermVector.Dictionary idf = new TermVector.Dictionary(occurrences, frequencies::idf);

    TermVector centroid =
        switch (settings.scoring()) {
          case CENTROID, SUM -> centroid(ordered, idf);
          case DOCUMENT_FREQUENCY -> documentFrequencyCentroid(ordered, idf);
          case SIGNATURE -> signature(centroid(ordered, idf), ordered, frequencies);
        };

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
      TermVector vector = idf.weighted(sentence.terms());
      double relevance = settings.scoring() == Scoring.SUM ? vector.sum() : similarity(vector, centroid);
      double score = relevance * positionPrior(sentence) * lengthPrior(words) * dayPrior(sentence, day);
      candidates.add(new Scored(sentence, vector, score, words));
    }
    Comparator<Scored> best =
        Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::sentence, READING_ORDER);
    candidates.sort(best);
    if (settings.lexRankPool() > 0) {
      candidates = lexRank(candidates.subList(0, Math.min(settings.lexRankPool(), candidates.size())));
      candidates.sort(best);
    }

    List<Scored> chosen = pick(candidates);
    chosen.sort(Comparator.comparing(Scored::sentence, READING_ORDER));
    return chosen.stream().map(s -> new Selected(s.sentence(), s.score())).toList();
  }

  /**
   * The cosine when the exponent is 1. A cosine favours short sentences made only of the day's
   * commonest terms ("That's what they are protesting about in Egypt."); a smaller exponent lets
   * a sentence's length count, 0 leaving the plain dot product (MEAD's centroid value).
   */
  private double similarity(TermVector sentence, TermVector centroid) {
    double denominator = centroid.norm() * Math.pow(sentence.norm(), settings.normExponent());
    return denominator == 0 ? 0 : sentence.dot(centroid) / denominator;
  }

  /** Scores scaled so that 1 is the pool's mean centrality. */
  private static List<Scored> lexRank(List<Scored> pool) {
    double[] prior = pool.stream().mapToDouble(s -> Math.max(0, s.score())).toArray();
    double[] rank = LexRank.rank(pool.stream().map(Scored::vector).toList(), prior, LEXRANK_DAMPING);
    List<Scored> ranked = new ArrayList<>(pool.size());
    for (int i = 0; i < pool.size(); i++) {
      Scored s = pool.get(i);
      ranked.add(new Scored(s.sentence(), s.vector(), rank[i] * pool.size(), s.words()));
    }
    return ranked;
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

  private static TermVector documentFrequencyCentroid(List<Candidate> ordered, TermVector.Dictionary idf) {
    Map<String, Double> weights = new HashMap<>();
    dateDocumentFrequencies(ordered).forEach((term, df) -> weights.put(term, df * idf.weight(term)));
    return TermVector.fromWeights(weights);
  }

  private static TermVector signature(TermVector centroid, List<Candidate> ordered, Frequencies frequencies) {
    long dateDocuments = documentTerms(ordered).size();
    long otherDocuments = frequencies.documents() - dateDocuments;
    Map<String, Integer> dateFrequencies = dateDocumentFrequencies(ordered);
    Map<String, Double> kept = new HashMap<>();
    centroid.forEach(
        (term, weight) -> {
          long inDate = dateFrequencies.get(term);
          long elsewhere = Math.max(0, frequencies.documentFrequency().applyAsLong(term) - inDate);
          if (otherDocuments > 0
              && (double) inDate / dateDocuments > (double) elsewhere / otherDocuments
              && logLikelihoodRatio(inDate, dateDocuments, elsewhere, otherDocuments) > SIGNATURE_LLR) {
            kept.put(term, weight);
          }
        });
    return kept.isEmpty() ? centroid : TermVector.fromWeights(kept);
  }

  /**
   * Dunning's -2 log lambda for "a term is as frequent in the k1 of n1 documents as in the k2 of
   * n2 others": twice the log-likelihood gained by giving each sample its own rate.
   */
  static double logLikelihoodRatio(long k1, long n1, long k2, long n2) {
    double p1 = (double) k1 / n1;
    double p2 = (double) k2 / n2;
    double p = (double) (k1 + k2) / (n1 + n2);
    return 2 * (logLikelihood(k1, n1, p1) + logLikelihood(k2, n2, p2)
        - logLikelihood(k1, n1, p) - logLikelihood(k2, n2, p));
  }

  /** log of p^k (1-p)^(n-k), with 0 log 0 = 0. */
  private static double logLikelihood(long k, long n, double p) {
    double hits = k == 0 ? 0 : k * Math.log(p);
    double misses = n - k == 0 ? 0 : (n - k) * Math.log(1 - p);
    return hits + misses;
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

  /** How many of the date's documents use each term. */
  private static Map<String, Integer> dateDocumentFrequencies(List<Candidate> ordered) {
    Map<String, Integer> frequencies = new HashMap<>();
    for (List<String> terms : documentTerms(ordered)) {
      for (String term : new HashSet<>(terms)) {
        frequencies.merge(term, 1, Integer::sum);
      }
    }
    return frequencies;
  }

  private List<Scored> pick(List<Scored> ranked) {
    List<Scored> remaining = new ArrayList<>(ranked);
    List<Scored> chosen = new ArrayList<>();
    int wordsUsed = 0;
    while (!remaining.isEmpty() && !budgetSpent(chosen.size(), wordsUsed)) {
      Scored best = null;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (Scored candidate : remaining) {
        double similarity = maxSimilarity(candidate, chosen);
        if (similarity >= settings.redundancy() || !fits(candidate, wordsUsed)) {
          continue;
        }
        double value = settings.mmrLambda() * candidate.score() - (1 - settings.mmrLambda()) * similarity;
        if (value > bestValue) {
          best = candidate;
          bestValue = value;
        }
        if (settings.mmrLambda() == 1.0) {
          break; // ranked by score already: the first acceptable one is the best
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

  /**
   * {@code 1 + w / (1 + p)} favours the lead and is nearly flat after a few blocks; the half-life
   * decay keeps falling, which sinks the hundreds of blocks of reader comments or link lists that
   * some pages carry after the story.
   */
  private double positionPrior(Candidate sentence) {
    double decay = settings.positionHalfLife() > 0 ? Math.pow(2, -sentence.paragraph() / settings.positionHalfLife()) : 1;
    return (1 + settings.positionWeight() / (1 + sentence.paragraph())) * decay;
  }

  private double dayPrior(Candidate sentence, Optional<LocalDate> day) {
    if (day.isEmpty() || (settings.sameDayWeight() == 0 && settings.otherDayWeight() == 0)) {
      return 1.0;
    }
    return switch (DayMentions.of(sentence.text(), day.get())) {
      case SAME_DAY -> 1 + settings.sameDayWeight();
      case OTHER_DAY -> 1 + settings.otherDayWeight();
      case NONE -> 1.0;
    };
  }

  private double lengthPrior(int words) {
    int target = settings.lengthTarget();
    return target > 0 && words > target ? (double) target / words : 1.0;
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


  private record Scored(Candidate sentence, TermVector vector, double score, int words) {}
}
