package io.daybrief.evaluation;

import io.daybrief.text.Idf;
import io.daybrief.text.TermAnalyzer;
import io.daybrief.text.TermVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * daybrief's ranking with a perfect centroid: per reference date, the date's sentences ranked by
 * the cosine of their TF-IDF vector to that of the date's reference, then picked best first,
 * skipping a sentence whose cosine to one already picked reaches daybrief's default redundancy
 * threshold, up to k. Like the oracle it reads the reference, so it is a diagnostic, not a
 * competitor: daybrief's gap to it is how far the day's centroid is from what the reference is
 * about; its gap to the oracle is what ranking by a cosine to any centroid gives away.
 */
final class CentroidOracle {
  /** daybrief's default {@code --redundancyThreshold}. */
  static final double REDUNDANCY = 0.5;

  private CentroidOracle() {}

  static Map<String, List<String>> summarize(DailyCandidates candidates, Task task, int k) {
    try (TermAnalyzer analyzer = new TermAnalyzer()) {
      ToDoubleFunction<String> idf = idf(candidates.documentsBetween(task.firstDate(), task.lastDate()), analyzer);
      Map<String, List<String>> summaries = new TreeMap<>();
      task.reference().forEach(
          (date, referenceSentences) -> {
            List<String> chosen =
                select(candidates.sentences(date), String.join(" ", referenceSentences), k, analyzer, idf);
            if (!chosen.isEmpty()) {
              summaries.put(date, chosen);
            }
          });
      return summaries;
    }
  }

  /** Best cosine to the reference first (the earliest candidate on ties), repeats skipped, at most k. */
  static List<String> select(
      List<String> candidates, String reference, int k, TermAnalyzer analyzer, ToDoubleFunction<String> idf) {
    TermVector target = TermVector.weighted(analyzer.terms(reference), idf);
    List<TermVector> vectors = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      TermVector vector = TermVector.weighted(analyzer.terms(candidates.get(i)), idf);
      vectors.add(vector);
      scores.add(vector.cosine(target));
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> -scores.get(i)).thenComparing(i -> i));
    List<Integer> chosen = new ArrayList<>();
    for (int i : order) {
      if (chosen.size() == k || scores.get(i) <= 0) {
        break;
      }
      if (chosen.stream().noneMatch(c -> vectors.get(c).cosine(vectors.get(i)) >= REDUNDANCY)) {
        chosen.add(i);
      }
    }
    return chosen.stream().map(candidates::get).toList();
  }

  /** The pipeline's smoothed IDF over the documents a run of the task reads. */
  static ToDoubleFunction<String> idf(List<CandidateDocument> documents, TermAnalyzer analyzer) {
    Map<String, Long> documentFrequency = new HashMap<>();
    for (CandidateDocument document : documents) {
      Set<String> terms = new HashSet<>();
      for (String sentence : document.sentences()) {
        terms.addAll(analyzer.terms(sentence));
      }
      terms.forEach(term -> documentFrequency.merge(term, 1L, Long::sum));
    }
    long documentCount = documents.size();
    return term -> Idf.of(documentFrequency.getOrDefault(term, 0L), documentCount);
  }
}
