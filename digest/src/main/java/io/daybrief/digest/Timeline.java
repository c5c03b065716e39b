package io.daybrief.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dated days laid out on a calendar axis: one slot per day, or per week, month or year when a
 * slot per day would make more than {@code maxSlots} slots, so that 3,000 dates still make a chart
 * with readable bars. Empty slots stay on the axis so that gaps show as gaps.
 *
 * @param granularity what one slot spans
 * @param slotCount slots from the first dated day's slot to the last's, inclusive
 * @param buckets the non-empty slots, in order
 * @param undated the {@code undated} group, drawn apart from the axis
 */
public record Timeline(Granularity granularity, int slotCount, List<Bucket> buckets, Optional<Digest.Day> undated) {

  /** What one slot of the axis spans, finest first. */
  public enum Granularity {
    DAY(ChronoUnit.DAYS),
    WEEK(ChronoUnit.WEEKS),
    MONTH(ChronoUnit.MONTHS),
    YEAR(ChronoUnit.YEARS);

    private final ChronoUnit unit;

    Granularity(ChronoUnit unit) {
      this.unit = unit;
    }

    /** The first day of the slot that holds {@code date}; weeks start on Monday. */
    public LocalDate start(LocalDate date) {
      return switch (this) {
        case DAY -> date;
        case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH -> date.withDayOfMonth(1);
        case YEAR -> date.withDayOfYear(1);
      };
    }

    /** The last day of the slot that starts on {@code start}. */
    public LocalDate end(LocalDate start) {
      return start.plus(1, unit).minusDays(1);
    }

    int slotsBetween(LocalDate first, LocalDate last) {
      return (int) unit.between(start(first), start(last)) + 1;
    }
  }

  /**
   * One non-empty slot.
   *
   * @param slot index on the axis, from 0
   * @param start first day of the slot
   * @param end last day of the slot
   * @param days the summarized dates in the slot, ascending
   */
  public record Bucket(int slot, LocalDate start, LocalDate end, List<Digest.Day> days) {
    public long documents() {
      return days.stream().mapToLong(Digest.Day::documents).sum();
    }

    public long paragraphs() {
      return days.stream().mapToLong(Digest.Day::paragraphs).sum();
    }
  }

  /** The most documents of any bucket or of the undated group: the top of a documents scale. */
  public long maxDocuments() {
    long max = undated.map(Digest.Day::documents).orElse(0);
    for (Bucket bucket : buckets) {
      max = Math.max(max, bucket.documents());
    }
    return max;
  }

  /** The most new paragraphs of any bucket or of the undated group. */
  public long maxParagraphs() {
    long max = undated.map(Digest.Day::paragraphs).orElse(0L);
    for (Bucket bucket : buckets) {
      max = Math.max(max, bucket.paragraphs());
    }
    return max;
  }

  /** Slots of a few pixels each at most on a page-wide chart. */
  public static final int MAX_SLOTS = 120;

  /** {@code days} sorted as in {@link Digest#days()}. */
  public static Timeline of(List<Digest.Day> days, int maxSlots) {
    Optional<Digest.Day> undated = days.stream().filter(Digest.Day::isUndated).findFirst();
    List<Digest.Day> dated = days.stream().filter(day -> !day.isUndated()).toList();
    if (dated.isEmpty()) {
      return new Timeline(Granularity.DAY, 0, List.of(), undated);
    }
    LocalDate first = dated.get(0).localDate();
    LocalDate last = dated.get(dated.size() - 1).localDate();
    Granularity granularity = Granularity.YEAR;
    for (Granularity candidate : Granularity.values()) {
      if (candidate.slotsBetween(first, last) <= maxSlots) {
        granularity = candidate;
        break;
      }
    }
    List<Bucket> buckets = new ArrayList<>();
    List<Digest.Day> current = new ArrayList<>();
    LocalDate currentStart = null;
    for (Digest.Day day : dated) {
      LocalDate start = granularity.start(day.localDate());
      if (!start.equals(currentStart) && !current.isEmpty()) {
        buckets.add(bucket(granularity, first, currentStart, current));
        current = new ArrayList<>();
      }
      currentStart = start;
      current.add(day);
    }
    buckets.add(bucket(granularity, first, currentStart, current));
    return new Timeline(granularity, granularity.slotsBetween(first, last), buckets, undated);
  }

  private static Bucket bucket(Granularity granularity, LocalDate first, LocalDate start, List<Digest.Day> days) {
    return new Bucket(granularity.slotsBetween(first, start) - 1, start, granularity.end(start), List.copyOf(days));
  }
}
