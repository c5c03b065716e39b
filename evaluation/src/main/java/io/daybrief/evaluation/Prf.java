package io.daybrief.evaluation;

import java.util.Collection;

/**
 * Precision and recall, and the F1 computed from them.
 *
 * @param precision in [0, 1]
 * @param recall in [0, 1]
 */
record Prf(double precision, double recall) {
  static final Prf ZERO = new Prf(0, 0);

  /** {@code numerator / denominator} for precision and recall, 0 where the denominator is 0. */
  static Prf of(double precisionNumerator, double precisionDenominator, double recallNumerator,
      double recallDenominator) {
    return new Prf(
        precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator,
        recallDenominator == 0 ? 0 : recallNumerator / recallDenominator);
  }

  /** F1 = 2PR / (P + R), 0 when both are 0 (tilse's {@code get_f_score} with beta 1). */
  double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /**
   * The field's aggregate over timelines (news-tls's {@code get_average_results}): precision and
   * recall averaged, F1 computed from the averages, not averaged itself.
   */
  static Prf mean(Collection<Prf> all) {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("nothing to average");
    }
    double precision = 0;
    double recall = 0;
    for (Prf prf : all) {
      precision += prf.precision;
      recall += prf.recall;
    }
    return new Prf(precision / all.size(), recall / all.size());
  }
}
