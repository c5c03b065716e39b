package io.daybrief.text;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which documents the IDF of a date counts, so that a date's summary does not depend on how far a
 * run goes: the documents published on dates up to {@code d + days}, where {@code days} is the
 * last day whose articles can still report on {@code d} (the report window when dating by report, 0
 * when dating by publication). A run never has documents after its last date, so that is the bound
 * too. Undated documents count only for the undated bucket, whose IDF counts every document: the
 * key {@code undated} sorts after every date ({@link DateKeys}), so it is one comparison for both.
 *
 * <p>Frequencies are kept per (term, publication date) under one string key ({@link #key}), and a
 * shard's counts become, per term, prefix sums over its sorted dates ({@link Table}), so that a
 * date's frequency is one binary search.
 */
public final class IdfHorizon implements Serializable {
  /** Never part of a term (terms are analyzed tokens) nor of a date key. */
  private static final char SEPARATOR = '\u0000';

  private final int days;

  /** @param days how many days after a date its IDF still counts documents published */
  public IdfHorizon(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must be 0 or more, was " + days);
    }
    this.days = days;
  }

  public int days() {
    return days;
  }

  /** The last publication date key whose documents count for {@code date}'s IDF. */
  public String limit(String date) {
    return DateKeys.UNDATED.equals(date) ? DateKeys.UNDATED : LocalDate.parse(date).plusDays(days).toString();
  }

  /** Whether a document published on {@code published} counts for {@code date}'s IDF. */
  public boolean counts(String published, String date) {
    return published.compareTo(limit(date)) <= 0;
  }

  /** How many documents count for {@code date}, from the documents per publication date. */
  public long documents(Map<String, Long> perDate, String date) {
    long sum = 0;
    for (Map.Entry<String, Long> count : perDate.entrySet()) {
      if (counts(count.getKey(), date)) {
        sum += count.getValue();
      }
    }
    return sum;
  }

  /** The key of a term's count on one publication date. */
  public static String key(String term, String published) {
    return term + SEPARATOR + published;
  }

  /**
   * Per term, the number of documents containing it published up to a date: prefix sums over the
   * term's dates, read by binary search.
   */
  public static final class Table {
    private final Map<String, String[]> dates;
    private final Map<String, long[]> cumulative;

    private Table(Map<String, String[]> dates, Map<String, long[]> cumulative) {
      this.dates = dates;
      this.cumulative = cumulative;
    }

    /** From counts keyed by {@link #key}; counts of the same key in several maps are added. */
    public static Table of(Iterable<Map<String, Long>> counts) {
      Map<String, Map<String, Long>> byTerm = new HashMap<>();
      for (Map<String, Long> partial : counts) {
        partial.forEach((key, count) -> {
          int cut = key.lastIndexOf(SEPARATOR);
          if (cut < 0) {
            throw new IllegalArgumentException("not a (term, date) key: " + key);
          }
          byTerm.computeIfAbsent(key.substring(0, cut), t -> new HashMap<>())
              .merge(key.substring(cut + 1), count, Long::sum);
        });
      }
      Map<String, String[]> dates = new HashMap<>(byTerm.size() * 2);
      Map<String, long[]> cumulative = new HashMap<>(byTerm.size() * 2);
      byTerm.forEach((term, perDate) -> {
        List<String> sorted = new ArrayList<>(perDate.keySet());
        sorted.sort(null);
        long[] sums = new long[sorted.size()];
        long sum = 0;
        for (int i = 0; i < sums.length; i++) {
          sum += perDate.get(sorted.get(i));
          sums[i] = sum;
        }
        dates.put(term, sorted.toArray(String[]::new));
        cumulative.put(term, sums);
      });
      return new Table(dates, cumulative);
    }

    /** Documents with {@code term} published on or before {@code limit}. */
    public long count(String term, String limit) {
      String[] termDates = dates.get(term);
      if (termDates == null) {
        return 0;
      }
      int found = Arrays.binarySearch(termDates, limit);
      int last = found >= 0 ? found : -found - 2;
      return last < 0 ? 0 : cumulative.get(term)[last];
    }
  }
}
