package io.daybrief.text;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Event time of dated documents: a date without a time of day stands for its midnight in the run's time zone, each date
 * is a window from that midnight to the next, and a window's data is late beyond repair once the
 * allowed lateness after its end has passed (Beam then drops it: the window has expired).
 */
public final class DayClock implements Serializable {
  private final String zone;
  private final long latenessMillis;

  /** @param lateness how long after the end of a date its documents are still taken */
  public DayClock(String zone, Duration lateness) {
    ZoneId.of(zone);
    this.zone = zone;
    this.latenessMillis = lateness.toMillis();
  }

  public ZoneId zone() {
    return ZoneId.of(zone);
  }

  /** The event time of a document of {@code date} without a time of day: its midnight in the zone. */
  public long startMillis(LocalDate date) {
    return date.atStartOfDay(ZoneId.of(zone)).toInstant().toEpochMilli();
  }

  /** The date whose window holds the event time {@code millis}. */
  public LocalDate dateOf(long millis) {
    return Instant.ofEpochMilli(millis).atZone(ZoneId.of(zone)).toLocalDate();
  }

  /**
   * The last instant at which the date's window still takes data: its last millisecond plus the
   * allowed lateness. Beam expires the window once the watermark is past this instant.
   */
  public long expiryMillis(LocalDate date) {
    return startMillis(date.plusDays(1)) - 1 + latenessMillis;
  }

  /** Whole days the allowed lateness spans, rounded up. */
  public long latenessDays() {
    return (latenessMillis + Duration.ofDays(1).toMillis() - 1) / Duration.ofDays(1).toMillis();
  }
}
