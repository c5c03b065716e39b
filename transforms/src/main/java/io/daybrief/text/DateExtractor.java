package io.daybrief.text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Dates from explicit fields and from the opening lines of a text. */
public final class DateExtractor {
  private DateExtractor() {}

  /** The first absolute date written in the first lines of the text ("2 March 2022, 13:44", "March 2, 2022", "2022-03-02"). */
  public static Optional<LocalDate> firstDate(String text) {
    throw new UnsupportedOperationException("stub");
  }

  /**
   * An explicit date value (header or JSON field): an ISO date, or a timestamp reduced to its date
   * in {@code zone} (offset timestamps are converted; local timestamps are taken as already in zone).
   * Empty when the value is not a date.
   */
  public static Optional<LocalDate> parseDateField(String value, ZoneId zone) {
    throw new UnsupportedOperationException("stub");
  }
}
