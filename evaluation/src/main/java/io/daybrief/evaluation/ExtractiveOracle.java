package io.daybrief.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The extractive ceiling: per reference date, sentences of that date's documents chosen greedily
 * to maximise ROUGE-2 F1 against the date's reference. It peeks at the reference, so a summarizer
 * that extracts from the same sentences with the same budget can hardly beat it.
 */
final class ExtractiveOracle {
  private ExtractiveOracle() {}

  static Map<String, List<String>> summarize(
      DailyCandidates candidates, SortedMap<String, List<String>> reference, int k) {
    Map<String, List<String>> summaries = new TreeMap<>();
    reference.forEach(
        (date, referenceSentences) -> {
          List<String> chosen = select(candidates.sentences(date), referenceSentences, k);
          if (!chosen.isEmpty()) {
            summaries.put(date, chosen);
          }
        });
    return summaries;
  }

  /**
   * Adds, one at a time, the candidate that raises ROUGE-2 F1 the most (the earliest one on ties),
   * up to k sentences; stops early when no candidate raises it.
   */
  static List<String> select(List<String> candidates, List<String> referenceSentences, int k) {
    NGrams reference = NGrams.of(TimelineScorer.tokens(referenceSentences), 2);
    List<List<String>> candidateTokens =
        candidates.stream().map(RougeTokenizer::tokens).toList();
    List<Integer> chosen = new ArrayList<>();
    List<String> summaryTokens = new ArrayList<>();
    double bestScore = 0;
    while (chosen.size() < k) {
      int bestCandidate = -1;
      for (int i = 0; i < candidates.size(); i++) {
        if (chosen.contains(i)) {
          continue;
        }
        List<String> extended = new ArrayList<>(summaryTokens);
        extended.addAll(candidateTokens.get(i));
        double score = Rouge.f1(NGrams.of(extended, 2), reference);
        if (score > bestScore) {
          bestScore = score;
          bestCandidate = i;
        }
      }
      if (bestCandidate < 0) {
        break;
      }
      chosen.add(bestCandidate);
      summaryTokens.addAll(candidateTokens.get(bestCandidate));
    }
    return chosen.stream().map(candidates::get).toList();
  }
}
