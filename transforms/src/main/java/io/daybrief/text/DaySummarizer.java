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
 * Extractive summary of one date: score every sentence against the date's TF-IDF centroid (or by
 * its plain TF-IDF sum), then pick the best ones greedily, skipping any that repeats one already
 * picked. Deterministic: the result depends only on the set of sentences, not their arrival order.
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
   * @param sentences how many sentences a summary may have
   * @param minWords sentences with fewer words are not candidates (fragments, captions)
   * @param redundancy a candidate whose cosine to an already chosen sentence reaches this is skipped
   */
  public record Settings(int sentences, int minWords, double redundancy, Scoring scoring)
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

    Map<String, Integer> dateCounts = new HashMap<>();
    for (Candidate sentence : ordered) {
      for (String term : sentence.terms()) {
        dateCounts.merge(term, 1, Integer::sum);
      }
    }
    TermVector centroid = TermVector.fromCounts(dateCounts, idf);

    List<Scored> candidates = new ArrayList<>();
    Set<String> seenTexts = new HashSet<>();
    for (Candidate sentence : ordered) {
      if (wordCount(sentence.text()) < settings.minWords() || sentence.terms().isEmpty()) {
        continue;
      }
      if (!seenTexts.add(TextNormalizer.canonical(sentence.text()))) {
        continue;
      }
      TermVector vector = TermVector.weighted(sentence.terms(), idf);
      double score = settings.scoring() == Scoring.CENTROID ? vector.cosine(centroid) : vector.sum();
      candidates.add(new Scored(sentence, vector, score));
    }
    candidates.sort(
        Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(Scored::sentence, READING_ORDER));

    List<Scored> chosen = new ArrayList<>();
    for (Scored candidate : candidates) {
      if (chosen.size() == settings.sentences()) {
        break;
      }
      if (!repeatsAny(candidate, chosen)) {
        chosen.add(candidate);
      }
    }
    chosen.sort(Comparator.comparing(Scored::sentence, READING_ORDER));
    return chosen.stream().map(s -> new Selected(s.sentence(), s.score())).toList();
  }

  private boolean repeatsAny(Scored candidate, List<Scored> chosen) {
    for (Scored picked : chosen) {
      if (candidate.vector().cosine(picked.vector()) >= settings.redundancy()) {
        return true;
      }
    }
    return false;
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


  private record Scored(Candidate sentence, TermVector vector, double score) {}
}
