package io.daybrief.text;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence of a date's articles says it is about that day. A sentence that names the
 * day ("on Tuesday", "Jan. 25", "today") reports the day's events; one that names another day
 * ("yesterday", "on Monday" in Tuesday's paper, "on January 12") tells background or an earlier
 * event. Timeline summarization leans on this (Tran et al. 2013; Martschat and Markert 2018).
 * Only English day and month names are known; a sentence without them is {@link Mention#NONE}.
 */
public final class DayMentions {

  /** What a sentence says about the day it is summarized under. */
  public enum Mention {
    /** It names the day (and may name others too). */
    SAME_DAY,
    /** It names some other day only. */
    OTHER_DAY,
    /** It names no day. */
    NONE
  }

  private static final Set<String> SAME_DAY_WORDS = Set.of("today", "tonight");
  private static final Set<String> OTHER_DAY_WORDS = Set.of("yesterday", "tomorrow");
  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  /** "January 25", "Jan. 25th", and "25 January": a month next to a day number. */
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + "\\.?\\s+" + DAY + "\\b|\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b");
  private static final Pattern WORD = Pattern.compile("[a-z]+");

  private DayMentions() {}

  public static Mention of(String sentence, LocalDate day) {
    String text = sentence.toLowerCase(Locale.ROOT);
    String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    boolean same = false;
    boolean other = false;
    Matcher words = WORD.matcher(text);
    while (words.find()) {
      String word = words.group();
      if (SAME_DAY_WORDS.contains(word) || word.equals(weekday)) {
        same = true;
      } else if (OTHER_DAY_WORDS.contains(word) || WEEKDAYS.contains(word)) {
        other = true;
      }
    }
    Matcher dates = MONTH_DAY.matcher(text);
    while (dates.find()) {
      boolean monthFirst = dates.group(1) != null;
      int month = DateExtractor.monthNumber(monthFirst ? dates.group(1) : dates.group(4));
      int dayOfMonth = Integer.parseInt(monthFirst ? dates.group(2) : dates.group(3));
      if (month == day.getMonthValue() && dayOfMonth == day.getDayOfMonth()) {
        same = true;
      } else if (dayOfMonth >= 1 && dayOfMonth <= 31) {
        other = true;
      }
    }
    return same ? Mention.SAME_DAY : other ? Mention.OTHER_DAY : Mention.NONE;
  }
}
