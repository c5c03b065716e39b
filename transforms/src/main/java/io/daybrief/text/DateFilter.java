package io.daybrief.text;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which date keys a run keeps: an inclusive range (either end open), optionally narrowed to a list
 * of dates, and whether undated documents are kept. A range or list leaves undated documents out,
 * because they cannot be shown to fall inside it.
 *
 * @param only when not null, only these dates (within the range) are kept
 */
public record DateFilter(LocalDate from, LocalDate to, boolean keepUndated, SortedSet<LocalDate> only)
    implements Serializable {

  public DateFilter(LocalDate from, LocalDate to, boolean keepUndated) {
    this(from, to, keepUndated, null);
  }

  public DateFilter {
    only = only == null ? null : new TreeSet<>(only);
  }

  /** The same filter narrowed to a list of dates. */
  public DateFilter onlyDates(Set<LocalDate> dates) {
    return new DateFilter(from, to, keepUndated, new TreeSet<>(dates));
  }

  /**
   * The same filter also accepting the {@code days} days before each date it accepts: the dates a
   * run's articles can report on. Without a lower bound it is the same filter.
   */
  public DateFilter withDaysBefore(int days) {
    if (days <= 0 || (from == null && only == null)) {
      return this;
    }
    SortedSet<LocalDate> widened = null;
    if (only != null) {
      widened = new TreeSet<>();
      for (LocalDate date : only) {
        if (accepts(date)) {
          for (int before = 0; before <= days; before++) {
            widened.add(date.minusDays(before));
          }
        }
      }
    }
    return new DateFilter(from == null ? null : from.minusDays(days), to, keepUndated, widened);
  }

  /** The same filter without undated documents. */
  public DateFilter withoutUndated() {
    return new DateFilter(from, to, false, only);
  }

  public boolean accepts(String dateKey) {
    if (DateKeys.UNDATED.equals(dateKey)) {
      return keepUndated && isUnbounded();
    }
    return accepts(LocalDate.parse(dateKey));
  }

  public boolean accepts(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to))
        && (only == null || only.contains(date));
  }

  /** No range and no list: every date is kept. */
  public boolean isUnbounded() {
    return from == null && to == null && only == null;
  }

  /** The last date the filter can keep, or null when it has no upper bound. */
  public LocalDate last() {
    if (only != null && !only.isEmpty()) {
      LocalDate lastListed = only.last();
      return to == null || lastListed.isBefore(to) ? lastListed : to;
    }
    return to;
  }
}
