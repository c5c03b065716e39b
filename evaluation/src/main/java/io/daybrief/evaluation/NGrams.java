package io.daybrief.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The multiset of n-grams of one token sequence.
 *
 * @param counts occurrences per n-gram (tokens joined by a space; ROUGE tokens never contain one)
 * @param total number of n-grams, repeats included
 */
record NGrams(Map<String, Integer> counts, int total) {

  static NGrams of(List<String> tokens, int n) {
    Map<String, Integer> counts = new HashMap<>();
    int total = Math.max(0, tokens.size() - n + 1);
    for (int start = 0; start < total; start++) {
      counts.merge(String.join(" ", tokens.subList(start, start + n)), 1, Integer::sum);
    }
    return new NGrams(counts, total);
  }

  /** Clipped overlap: an n-gram counts at most as often as it occurs in the other multiset. */
  int overlap(NGrams other) {
    int overlap = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      overlap += Math.min(entry.getValue(), other.counts.getOrDefault(entry.getKey(), 0));
    }
    return overlap;
  }
}
