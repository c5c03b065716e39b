package io.daybrief.digest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers, counts and dates as the digests write them for people, the same in HTML and Markdown. */
final class Wording {
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private Wording() {}

  /** 12,345: grouped the same way whatever the machine's locale. */
  static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** "1 document", "2 documents". */
  static String count(long value, String singular, String plural) {
    return number(value) + " " + (value == 1 ? singular : plural);
  }

  /** "Wednesday, 2 March 2022". */
  static String longDate(LocalDate date) {
    return LONG_DATE.format(date);
  }

  /** "2 March 2022", "2–3 March 2022", "28 February – 3 March 2022", "30 December 2021 – 2 January 2022". */
  static String dateRange(LocalDate first, LocalDate last) {
    if (first.equals(last)) {
      return DAY_MONTH_YEAR.format(first);
    }
    if (first.getYear() != last.getYear()) {
      return DAY_MONTH_YEAR.format(first) + " – " + DAY_MONTH_YEAR.format(last);
    }
    if (first.getMonth() != last.getMonth()) {
      return DAY_MONTH.format(first) + " – " + DAY_MONTH_YEAR.format(last);
    }
    return first.getDayOfMonth() + "–" + DAY_MONTH_YEAR.format(last);
  }
}
