package io.daybrief.evaluation;

import java.util.Collection;

/**
 * ROUGE F1 of one timeline against a reference timeline.
 *
 * @param rouge1 date-wise ROUGE-1: mean over the reference dates
 * @param rouge2 date-wise ROUGE-2
 * @param concatRouge1 ROUGE-1 of all summaries of the reference dates against all reference sentences
 * @param concatRouge2 the same for ROUGE-2
 */
record Scores(double rouge1, double rouge2, double concatRouge1, double concatRouge2) {

  static Scores mean(Collection<Scores> all) {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no scores to average");
    }
    return new Scores(
        all.stream().mapToDouble(Scores::rouge1).average().orElseThrow(),
        all.stream().mapToDouble(Scores::rouge2).average().orElseThrow(),
        all.stream().mapToDouble(Scores::concatRouge1).average().orElseThrow(),
        all.stream().mapToDouble(Scores::concatRouge2).average().orElseThrow());
  }
}
