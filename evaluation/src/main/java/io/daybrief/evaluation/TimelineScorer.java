package io.daybrief.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Scores a system timeline (summary sentences per date) against a reference timeline. */
final class TimelineScorer {
  private TimelineScorer() {}

  /**
   * Only the reference dates count: a summary for any other date is ignored, a reference date
   * without a summary scores zero. Sentences of a date are joined into one text, as ROUGE does
   * with a sentence-per-line file, so bigrams run across sentence boundaries.
   */
  static Scores score(SortedMap<String, List<String>> reference, Map<String, List<String>> system) {
    if (reference.isEmpty()) {
      throw new IllegalArgumentException("a reference timeline needs at least one date");
    }
    double rouge1 = 0;
    double rouge2 = 0;
    List<String> allSystemTokens = new ArrayList<>();
    List<String> allReferenceTokens = new ArrayList<>();
    for (Map.Entry<String, List<String>> date : reference.entrySet()) {
      List<String> systemTokens = tokens(system.getOrDefault(date.getKey(), List.of()));
      List<String> referenceTokens = tokens(date.getValue());
      rouge1 += Rouge.f1(systemTokens, referenceTokens, 1);
      rouge2 += Rouge.f1(systemTokens, referenceTokens, 2);
      allSystemTokens.addAll(systemTokens);
      allReferenceTokens.addAll(referenceTokens);
    }
    return new Scores(
        rouge1 / reference.size(),
        rouge2 / reference.size(),
        Rouge.f1(allSystemTokens, allReferenceTokens, 1),
        Rouge.f1(allSystemTokens, allReferenceTokens, 2));
  }

  static List<String> tokens(List<String> sentences) {
    return RougeTokenizer.tokens(sentences);
  }
}
