package io.daybrief.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of an archive partition, read from a file's path: a directory named
 * {@code date=YYYY-MM-DD} (Hive style) or three directories {@code YYYY/MM/DD}. Only directories
 * count, not the file name, and the deepest partition wins. Dates outside the years 1900 to 2100,
 * or that do not exist (2022/02/30), are no partition dates.
 */
public final class PathDates {
  private static final Pattern HIVE = Pattern.compile("date=(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

  private PathDates() {}

  /** The partition date of {@code path} (a file path or URI; a {@code :line} suffix is ignored with the file name). */
  public static Optional<LocalDate> of(String path) {
    int lastSlash = path.lastIndexOf('/');
    if (lastSlash < 0) {
      return Optional.empty();
    }
    String[] directories = path.substring(0, lastSlash).split("/");
    for (int i = directories.length - 1; i >= 0; i--) {
      Matcher hive = HIVE.matcher(directories[i]);
      if (hive.matches()) {
        Optional<LocalDate> date = parse(hive.group(1));
        if (date.isPresent()) {
          return date;
        }
      }
      if (i >= 2 && YEAR.matcher(directories[i - 2]).matches()
          && TWO_DIGITS.matcher(directories[i - 1]).matches() && TWO_DIGITS.matcher(directories[i]).matches()) {
        Optional<LocalDate> date = parse(directories[i - 2] + "-" + directories[i - 1] + "-" + directories[i]);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> parse(String iso) {
    try {
      LocalDate date = LocalDate.parse(iso);
      return date.getYear() < 1900 || date.getYear() > 2100 ? Optional.empty() : Optional.of(date);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
