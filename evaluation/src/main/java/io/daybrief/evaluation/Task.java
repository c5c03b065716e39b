package io.daybrief.evaluation;

import java.util.List;
import java.util.SortedMap;

/**
 * One evaluation task: one reference timeline of a topic.
 *
 * @param name {@code <topic>/<reference file without .jsonl>}, e.g. {@code H1N1/refs-2}
 * @param reference reference sentences per ISO date, at least one date
 */
record Task(String name, SortedMap<String, List<String>> reference) {

  Task {
    if (reference.isEmpty()) {
      throw new IllegalArgumentException(name + ": a reference timeline needs at least one date");
    }
  }

  /** Summary budget: the mean number of reference sentences per date, rounded half up, at least 1. */
  int k() {
    double mean = reference.values().stream().mapToInt(List::size).average().orElseThrow();
    return (int) Math.max(1, Math.round(mean));
  }

  String firstDate() {
    return reference.firstKey();
  }

  String lastDate() {
    return reference.lastKey();
  }
}
