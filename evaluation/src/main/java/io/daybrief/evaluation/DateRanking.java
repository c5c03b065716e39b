package io.daybrief.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The full-timeline protocol's date choice: a system ranks the dates of the task's window, and its
 * timeline is its summaries at the first l ranked dates that have one (news-tls's
 * {@code DatewiseTimelineGenerator}: a date without a summary is passed over, l = the number of
 * reference dates).
 */
final class DateRanking {
  private DateRanking() {}

  /**
   * PUBCOUNT (news-tls's {@code PubCountDateRanker}): the window's dates by the number of articles
   * published on them, most first; the earlier date first on ties.
   */
  static List<String> byPublications(DailyCandidates candidates, Task task) {
    return candidates.datesBetween(task.firstDate(), task.lastDate()).stream()
        .sorted(
            Comparator.comparingInt((String date) -> candidates.documents(date).size())
                .reversed()
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /** The summaries at the first {@code l} dates of {@code ranking} that have a non-empty summary. */
  static SortedMap<String, List<String>> top(
      List<String> ranking, Map<String, List<String>> summaries, int l) {
    SortedMap<String, List<String>> timeline = new TreeMap<>();
    for (String date : ranking) {
      if (timeline.size() == l) {
        break;
      }
      List<String> summary = summaries.get(date);
      if (summary != null && !summary.isEmpty()) {
        timeline.put(date, summary);
      }
    }
    return timeline;
  }

  /** The gold-dates protocol: the summaries at the reference dates (those that have one). */
  static SortedMap<String, List<String>> atReferenceDates(
      Task task, Map<String, List<String>> summaries) {
    SortedMap<String, List<String>> timeline = new TreeMap<>();
    for (String date : task.reference().keySet()) {
      List<String> summary = summaries.get(date);
      if (summary != null && !summary.isEmpty()) {
        timeline.put(date, summary);
      }
    }
    return timeline;
  }
}
