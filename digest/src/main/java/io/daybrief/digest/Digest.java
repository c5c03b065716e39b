package io.daybrief.digest;

import io.daybrief.text.DateKeys;
import io.daybrief.transforms.Counters;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * Everything a digest shows, as read back from a finished run.
 *
 * @param counters the run's counters by name, as in {@code report.json}
 * @param days one entry per summarized date, dates ascending and {@code undated} last
 */
public record Digest(SortedMap<String, Long> counters, List<Day> days) {

  /**
   * One summarized date.
   *
   * @param date an ISO date or {@code undated}
   * @param documents the date's documents
   * @param paragraphs paragraphs of those documents that survived boilerplate removal and dedupe
   * @param sentences the summary, in reading order
   */
  public record Day(String date, int documents, long paragraphs, List<Line> sentences) {
    public boolean isUndated() {
      return DateKeys.UNDATED.equals(date);
    }

    /** The calendar date; only for dated days. */
    public LocalDate localDate() {
      return LocalDate.parse(date);
    }
  }

  /**
   * @param text the sentence as the summary shows it
   * @param document id of the document it was taken from
   * @param url the document's web address (http or https only), or null
   */
  public record Line(String text, String document, String url) {
    public Line(String text, String document) {
      this(text, document, null);
    }

    /** The source as a reader names it: the URL when there is one, else the document id. */
    public String sourceName() {
      return url != null ? url : document;
    }
  }

  public long counter(String name) {
    return counters.getOrDefault(name, 0L);
  }

  /** Paragraphs dropped by any boilerplate rule, template text included. */
  public long boilerplateDropped() {
    return counters.entrySet().stream()
        .filter(counter -> counter.getKey().startsWith(Counters.BOILERPLATE_PREFIX))
        .mapToLong(counter -> counter.getValue())
        .sum();
  }

  public List<Day> datedDays() {
    return days.stream().filter(day -> !day.isUndated()).toList();
  }

  public long documents() {
    return days.stream().mapToLong(Day::documents).sum();
  }

  public long sentences() {
    return days.stream().mapToLong(day -> day.sentences().size()).sum();
  }
}
