package io.daybrief.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Extractive summary of one date. Every sentence is scored by its cosine to the date's TF-IDF
 * centroid; sentences are then picked greedily by score, skipping any that repeats one already
 * picked, until the sentence or word budget is spent. Deterministic: the result depends only on
 * the set of sentences, not their arrival order.
 *
 * <p>Position, length and day priors, MMR, LexRank, other centroids (document frequency, topic
 * signature) and a plain TF-IDF sum were measured against this and lost: docs/evaluation.md.
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
   */
  public record Settings(int sentences, int words, int minWords, double redundancy) implements Serializable {}

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
      TermVector vector = idf.weighted(sentence.terms());
      candidates.add(new Scored(sentence, vector, similarity(vector, centroid), words));
    }
    Comparator<Scored> best =
        Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::sentence, READING_ORDER);
    candidates.sort(best);

    List<Scored> chosen = pick(candidates);
    chosen.sort(Comparator.comparing(Scored::sentence, READING_ORDER));
    return chosen.stream().map(s -> new Selected(s.sentence(), s.score())).toList();
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

  private List<Scored> pick(List<Scored> ranked) {
    List<Scored> remaining = new ArrayList<>(ranked);
    List<Scored> chosen = new ArrayList<>();
    int wordsUsed = 0;
    while (!remaining.isEmpty() && !budgetSpent(chosen.size(), wordsUsed)) {
      Scored best = null;
      for (Scored candidate : remaining) {
        // ranked by score already: the first acceptable one is the best
        if (maxSimilarity(candidate, chosen) < settings.redundancy() && fits(candidate, wordsUsed)) {
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


  private record Scored(Candidate sentence, TermVector vector, double score, int words) {}
}
