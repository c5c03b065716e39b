package io.daybrief.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Reference points for the pipeline's summaries, on the same dates with the same budget k. */
final class Baselines {
  /** Fixed so that reruns give the same numbers; mixed with the date so each date draws its own sample. */
  static final long RANDOM_SEED = 17;

  private Baselines() {}

  /**
   * The first k candidate sentences of the date's first document by id; when that document has
   * fewer, the next documents by id fill the budget. Dates without candidates get no summary.
   */
  static Map<String, List<String>> lead(DailyCandidates candidates, Collection<String> dates, int k) {
    Map<String, List<String>> summaries = new TreeMap<>();
    for (String date : dates) {
      List<String> sentences = candidates.sentences(date);
      if (!sentences.isEmpty()) {
        summaries.put(date, sentences.subList(0, Math.min(k, sentences.size())));
      }
    }
    return summaries;
  }

  /**
   * k candidate sentences of the date drawn without replacement. The sample depends only on the
   * date and the candidates, so tasks that share a date and differ in k draw nested samples.
   */
  static Map<String, List<String>> random(DailyCandidates candidates, Collection<String> dates, int k) {
    Map<String, List<String>> summaries = new TreeMap<>();
    for (String date : dates) {
      List<String> sentences = new ArrayList<>(candidates.sentences(date));
      if (!sentences.isEmpty()) {
        // String.hashCode and the java.util.Random algorithm are both specified, hence stable across JVMs.
        Collections.shuffle(sentences, new Random(RANDOM_SEED * 31 + date.hashCode()));
        summaries.put(date, List.copyOf(sentences.subList(0, Math.min(k, sentences.size()))));
      }
    }
    return summaries;
  }
}
