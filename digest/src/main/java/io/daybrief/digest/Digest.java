package io.daybrief.digest;

import io.daybrief.text.DateKeys;
import io.daybrief.transforms.Counters;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
   * @param importance the date's articles plus the other days' articles that name it, as the job
   *     wrote it ({@code importance} in summaries.jsonl)
   */
  public record Day(String date, int documents, long paragraphs, List<Line> sentences, int importance) {
    public Day(String date, int documents, long paragraphs, List<Line> sentences) {
      this(date, documents, paragraphs, sentences, documents);
    }

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

  /**
   * The key dates: the floor(sqrt(n)) most important of n dated days (ties by date, earlier first),
   * so that a reader finds a handful among a dozen dates and a few dozen among thousands; none of
   * fewer than three dates, where a mark would single out nothing. Undated articles are never a
   * key date.
   */
  public Set<String> keyDates() {
    List<Day> dated = days.stream().filter(day -> !day.isUndated()).toList();
    int keys = dated.size() < 3 ? 0 : (int) Math.floor(Math.sqrt(dated.size()));
    return dated.stream()
        .sorted(Comparator.comparingInt(Day::importance).reversed().thenComparing(Day::date))
        .limit(keys)
        .map(Day::date)
        .collect(Collectors.toCollection(TreeSet::new));
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
