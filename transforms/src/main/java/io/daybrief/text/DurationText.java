package io.daybrief.text;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in options: {@code 500ms}, {@code 30s}, {@code 10m}, {@code 2h}, {@code 2d}, or ISO-8601 ({@code PT10M}). */
public final class DurationText {
  private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  private DurationText() {}

  /** @throws IllegalArgumentException when {@code text} is neither form, or negative */
  public static Duration parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    Matcher m = SHORT.matcher(trimmed);
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
    try {
      Duration duration = Duration.parse(trimmed);
      if (duration.isNegative()) {
        throw new IllegalArgumentException("'" + text + "' is negative");
      }
      return duration;
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a duration (expected e.g. 30s, 10m, 2h, 2d)");
    }
  }
}
