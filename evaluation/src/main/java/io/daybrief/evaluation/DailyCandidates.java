package io.daybrief.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Candidate sentences of a collection grouped by publication date, each date's documents in id order. */
final class DailyCandidates {
  private final NavigableMap<String, List<CandidateDocument>> byDate = new TreeMap<>();

  DailyCandidates(Map<String, List<CandidateDocument>> documentsByDate) {
    // Ids order the documents so that every baseline is deterministic whatever the input order.
    documentsByDate.forEach(
        (date, documents) ->
            byDate.put(
                date,
                documents.stream().sorted(Comparator.comparing(CandidateDocument::id)).toList()));
  }

  /** The date's documents in id order; empty when nothing was published that day. */
  List<CandidateDocument> documents(String date) {
    return byDate.getOrDefault(date, List.of());
  }

  /** The documents published from {@code first} to {@code last} (ISO dates, inclusive): what a run of a task reads. */
  List<CandidateDocument> documentsBetween(String first, String last) {
    return byDate.subMap(first, true, last, true).values().stream().flatMap(List::stream).toList();
  }

  /** The dates from {@code first} to {@code last} (inclusive) on which some document was published, in order. */
  List<String> datesBetween(String first, String last) {
    return List.copyOf(byDate.subMap(first, true, last, true).keySet());
  }

  /** All candidate sentences of the date: documents in id order, each in document order. */
  List<String> sentences(String date) {
    return documents(date).stream().flatMap(document -> document.sentences().stream()).toList();
  }
}
