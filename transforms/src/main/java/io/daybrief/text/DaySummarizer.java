package io.daybrief.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Extractive summary of one date. Every sentence is scored against the date's TF-IDF centroid (or
 * by its plain TF-IDF sum), weighted by a position prior (news puts the news first) and a length
 * prior (long sentences crowd out a short budget); sentences are then picked greedily by maximal
 * marginal relevance, skipping any that repeats one already picked, until the sentence or word
 * budget is spent. Deterministic: the result depends only on the set of sentences, not their
 * arrival order.
 */
public final class DaySummarizer {

  /** How a sentence is scored. */
  public enum Scoring {
    /** Cosine of the sentence's TF-IDF vector to the date's TF-IDF centroid. */
    CENTROID,
    /** Sum of the sentence's TF-IDF weights (favours long sentences; kept for comparison). */
    SUM
  }

  /**
   * @param sentences how many sentences a summary may have (when {@code words} is 0)
   * @param words how many words a summary may have; 0 to count sentences instead
   * @param minWords sentences with fewer words are not candidates (fragments, captions)
   * @param redundancy a candidate whose cosine to an already chosen sentence reaches this is skipped
   * @param positionWeight a sentence in block p of its document weighs {@code 1 + positionWeight / (1 + p)}
   * @param lengthTarget sentences longer than this many words are scaled by {@code lengthTarget / words}; 0 for none
   * @param mmrLambda picks maximize {@code lambda * score - (1 - lambda) * max cosine to the picked}; 1 for plain greedy
   */
  public record Settings(
      int sentences,
      int words,
      int minWords,
      double redundancy,
      Scoring scoring,
      double positionWeight,
      int lengthTarget,
      double mmrLambda)
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
   * @param sentences every sentence of the date's kept paragraphs, in any order
   * @param idf the weight of a term
   * @return the chosen sentences in reading order, each with its score
   */
  public List<Selected> summarize(List<Candidate> sentences, ToDoubleFunction<String> idf) {
    List<Candidate> ordered = new ArrayList<>(sentences);
    ordered.sort(READING_ORDER);

    TermVector centroid = centroid(ordered, idf);

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
      TermVector vector = TermVector.weighted(sentence.terms(), idf);
      double relevance = settings.scoring() == Scoring.CENTROID ? vector.cosine(centroid) : vector.sum();
      double score = relevance * positionPrior(sentence) * lengthPrior(words);
      candidates.add(new Scored(sentence, vector, score, words));
    }
    candidates.sort(
        Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(Scored::sentence, READING_ORDER));

    List<Scored> chosen = pick(candidates);
    chosen.sort(Comparator.comparing(Scored::sentence, READING_ORDER));
    return chosen.stream().map(s -> new Selected(s.sentence(), s.score())).toList();
  }

  /**
   * The date's centroid: the sum of its documents' TF-IDF vectors, each scaled to unit length, so
   * that every article counts once however long it is (a page of reader comments would otherwise
   * outweigh the day's news).
   */
  private static TermVector centroid(List<Candidate> ordered, ToDoubleFunction<String> idf) {
    Map<String, Double> sum = new HashMap<>();
    int start = 0;
    while (start < ordered.size()) {
      String document = ordered.get(start).document();
      int end = start;
      List<String> terms = new ArrayList<>();
      while (end < ordered.size() && ordered.get(end).document().equals(document)) {
        terms.addAll(ordered.get(end).terms());
        end++;
      }
      TermVector vector = TermVector.weighted(terms, idf);
      if (vector.norm() > 0) {
        vector.forEach((term, weight) -> sum.merge(term, weight / vector.norm(), Double::sum));
      }
      start = end;
    }
    return TermVector.fromWeights(sum);
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

  private double positionPrior(Candidate sentence) {
    return 1 + settings.positionWeight() / (1 + sentence.paragraph());
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
