package io.daybrief.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Small digests for the renderer tests. */
final class Days {
  private Days() {}

  static Digest.Day day(String date, int documents, long paragraphs, Digest.Line... sentences) {
    return new Digest.Day(date, documents, paragraphs, List.of(sentences));
  }

  static Digest.Line line(String text, String document) {
    return new Digest.Line(text, document);
  }

  /** {@code count} consecutive dates from {@code first}, each with one document, one paragraph and one sentence. */
  static List<Digest.Day> consecutive(LocalDate first, int count) {
    List<Digest.Day> days = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate date = first.plusDays(i);
      days.add(day(date.toString(), 1, 1, line("Sentence of " + date + ".", "doc-" + i)));
    }
    return days;
  }

  static Digest digest(List<Digest.Day> days) {
    TreeMap<String, Long> counters = new TreeMap<>();
    counters.put("documents.read", 5L);
    counters.put("rejected.records", 1L);
    counters.put("boilerplate.navigation", 91L);
    counters.put("boilerplate.template", 4L);
    counters.put("duplicates.exact", 17L);
    counters.put("duplicates.near", 12L);
    counters.put("dates.summarized", (long) days.size());
    return new Digest(counters, days);
  }
}
