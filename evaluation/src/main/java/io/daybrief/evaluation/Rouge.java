package io.daybrief.evaluation;

import java.util.List;

/** ROUGE-N F1 of a system text against one reference, both already {@link RougeTokenizer tokenized}. */
final class Rouge {
  private Rouge() {}

  static double f1(List<String> systemTokens, List<String> referenceTokens, int n) {
    return f1(NGrams.of(systemTokens, n), NGrams.of(referenceTokens, n));
  }

  static double f1(NGrams system, NGrams reference) {
    int overlap = system.overlap(reference);
    if (overlap == 0) {
      // Precision or recall is zero (or undefined for an empty side): F1 is zero.
      return 0;
    }
    double precision = (double) overlap / system.total();
    double recall = (double) overlap / reference.total();
    return 2 * precision * recall / (precision + recall);
  }
}
