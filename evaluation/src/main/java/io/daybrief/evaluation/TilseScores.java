package io.daybrief.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * tilse's timeline metrics of one predicted timeline against one reference timeline.
 *
 * @param alignRouge1 align+ m:1 ROUGE-1 (AR1 is its F1)
 * @param alignRouge2 align+ m:1 ROUGE-2 (AR2)
 * @param concatRouge1 concat ROUGE-1: all predicted summaries against all reference summaries
 * @param concatRouge2 concat ROUGE-2
 * @param dates date selection: predicted dates that are reference dates
 */
record TilseScores(Prf alignRouge1, Prf alignRouge2, Prf concatRouge1, Prf concatRouge2, Prf dates) {

  /** Each metric's P and R averaged over the timelines, F1 from those averages (see {@link Prf#mean}). */
  static TilseScores mean(Collection<TilseScores> all) {
    return new TilseScores(
        mean(all, TilseScores::alignRouge1),
        mean(all, TilseScores::alignRouge2),
        mean(all, TilseScores::concatRouge1),
        mean(all, TilseScores::concatRouge2),
        mean(all, TilseScores::dates));
  }

  private static Prf mean(Collection<TilseScores> all, Function<TilseScores, Prf> metric) {
    List<Prf> values = all.stream().map(metric).toList();
    return Prf.mean(values);
  }
}
