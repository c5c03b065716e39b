package io.daybrief.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a sentence names, resolved against the date its article was published: "yesterday",
 * "last night", "on Tuesday", "March 3", "3 March 2011". Much of what happened on a day is
 * reported the day after ("said on Tuesday"), so timeline summarizers take a date's candidates
 * from the articles that name it, not only from that day's articles (Tran et al. 2013;
 * Gholipour Ghalandari and Ifrim 2020).
 *
 * <p>Resolution is deliberately simple, as news is mostly written in the past tense: a weekday is
 * the latest such day on or before publication ("next Tuesday" the first after it); a month and
 * day without a year lie in whichever year puts them nearest to publication. Only English names
 * are known. Month and weekday names must be capitalized, so that "may 5" is not May 5. An
 * explicit date with a time of day next to it is a timestamp ("January 31, 2011 at 5:48 pm |
 * Reply", "At 2:54 pm on 18 Jan 2010, a reader wrote"): when a comment or page was posted, not a
 * day it reports on, so it names no date.
 */
public final class MentionedDates {

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  /** Tokenized text writes "Jan . 25" and "March 2 , 2011": spaces are allowed around the period and comma. */
  private static final String YEAR = "(?:\\s*,?\\s*(\\d{4}))?";
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + "\\s*\\.?\\s*" + DAY + "\\b" + YEAR);
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b\\.?" + YEAR);
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(?:(next|last|this)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE = Pattern.compile(
      "\\b(yesterday|tomorrow|today|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * Words one of which a sentence must hold (in any ASCII case, as the patterns match) for {@link
   * #RELATIVE} to match; "day" also for {@link #WEEKDAY}. Most sentences name no date: these checks
   * spare them the patterns, which took a quarter of a batch run's CPU.
   */
  private static final String[] RELATIVE_WORDS = {"day", "tomorrow", "night", "morning", "afternoon", "evening"};
  /** The first three letters of every month name, as {@link #MONTH} spells them (capitalized). */
  private static final String[] MONTH_PREFIXES =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  /** A weekday written right before an explicit date ("Tuesday, Jan. 25") is that date, not a weekday of its own. */
  private static final int WEEKDAY_DATE_GAP = 3;

  private MentionedDates() {}

  /**
   * The dates {@code sentence} names that lie from 1 to {@code windowDays} days before
   * {@code published}, ascending: the days an article reports on after the fact. Its own date is
   * left out (its sentences are its date's anyway), and so are later dates ("tomorrow", "next
   * Monday"): what was announced is not what happened.
   */
  public static Set<LocalDate> reportedBy(String sentence, LocalDate published, int windowDays) {
    Set<LocalDate> reported = new TreeSet<>();
    for (LocalDate date : in(sentence, published)) {
      long daysBefore = published.toEpochDay() - date.toEpochDay();
      if (daysBefore >= 1 && daysBefore <= windowDays) {
        reported.add(date);
      }
    }
    return reported;
  }

  /** Every date {@code sentence} names, resolved against {@code published}; ascending. */
  public static Set<LocalDate> in(String sentence, LocalDate published) {
    Set<LocalDate> dates = new TreeSet<>();
    for (Mention mention : mentions(sentence, published)) {
      dates.add(mention.date());
    }
    return dates;
  }

  /**
   * The date of the first day-level date expression of {@code sentence}, in text order, resolved
   * against {@code published}; empty when it names no day. A weekday followed by an explicit date
   * ("Tuesday, Jan. 25") is one expression, resolved by the explicit date.
   */
  public static Optional<LocalDate> first(String sentence, LocalDate published) {
    List<Mention> mentions = mentions(sentence, published);
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    Mention first = mentions.get(0);
    if (first.weekday()) {
      for (Mention next : mentions.subList(1, mentions.size())) {
        if (!next.weekday() && !next.relative() && next.start() >= first.end()
            && next.start() - first.end() <= WEEKDAY_DATE_GAP) {
          return Optional.of(next.date());
        }
      }
    }
    return Optional.of(first.date());
  }

  /**
   * A time of day right after an explicit date ("January 31, 2011 at 5:48 pm", "28 April 2009 17.37
   * BST", "Apr 25, 2009 12:51 am"): the date is a timestamp, when the text was posted or updated
   * (a reader's comment, a page's header), not a day the text reports on.
   */
  private static final Pattern TIME_AFTER_DATE = Pattern.compile(
      "\\s*(?:,\\s*|:\\s*|at\\s+|-\\s*)?\\d{1,2}\\s*[:.]\\s*\\d{2}\\b");

  /** A time of day right before an explicit date ("At 2:54 pm on 18 Jan 2010, a reader wrote"): a timestamp too. */
  private static final Pattern TIME_BEFORE_DATE = Pattern.compile(
      "\\d{1,2}\\s*[:.]\\s*\\d{2}\\s*(?:[AaPp]\\s*\\.?\\s*[Mm]\\b\\.?)?\\s*(?:on\\s+|,\\s*)?$");
  private static final int TIME_BEFORE_CHARS = 24;

  private static boolean timestamp(Matcher date, String sentence) {
    Matcher time = TIME_AFTER_DATE.matcher(sentence);
    time.region(date.end(), sentence.length());
    if (time.lookingAt()) {
      return true;
    }
    Matcher before = TIME_BEFORE_DATE.matcher(sentence);
    before.region(Math.max(0, date.start() - TIME_BEFORE_CHARS), date.start());
    return before.find();
  }

  /** One resolved date expression and where it is in the sentence. */
  private record Mention(int start, int end, LocalDate date, boolean weekday, boolean relative) {}

  private static List<Mention> mentions(String sentence, LocalDate published) {
    List<Mention> dates = new ArrayList<>();
    boolean dayWord = containsAsciiIgnoreCase(sentence, "day");
    boolean relativeWord = dayWord;
    for (int i = 1; i < RELATIVE_WORDS.length && !relativeWord; i++) {
      relativeWord = containsAsciiIgnoreCase(sentence, RELATIVE_WORDS[i]);
    }
    Matcher relative = RELATIVE.matcher(sentence);
    while (relativeWord && relative.find()) {
      String word = relative.group(1).toLowerCase(Locale.ROOT);
      LocalDate date = switch (word) {
        case "yesterday" -> published.minusDays(1);
        case "tomorrow" -> published.plusDays(1);
        case "today", "tonight" -> published;
        default -> word.startsWith("this") ? published : published.minusDays(1); // this morning, last night
      };
      dates.add(new Mention(relative.start(), relative.end(), date, false, true));
    }
    Matcher weekday = WEEKDAY.matcher(sentence);
    while (dayWord && weekday.find()) {
      if (!Character.isUpperCase(weekday.group(2).charAt(0))) {
        continue;
      }
      DayOfWeek day = DayOfWeek.valueOf(weekday.group(2).toUpperCase(Locale.ROOT));
      boolean next = "next".equalsIgnoreCase(weekday.group(1));
      LocalDate date = next
          ? published.with(TemporalAdjusters.next(day))
          : published.with(TemporalAdjusters.previousOrSame(day));
      dates.add(new Mention(weekday.start(), weekday.end(), date, true, false));
    }
    if (!hasDigit(sentence) || !hasMonthPrefix(sentence)) {
      return dates;
    }
    List<Integer> stamps = new ArrayList<>();
    Matcher monthDay = MONTH_DAY.matcher(sentence);
    while (monthDay.find()) {
      if (timestamp(monthDay, sentence)) {
        stamps.add(monthDay.start());
        continue;
      }
      add(dates, monthDay, published, monthDay.group(1), monthDay.group(2), monthDay.group(3));
    }
    Matcher dayMonth = DAY_MONTH.matcher(sentence);
    while (dayMonth.find()) {
      if (timestamp(dayMonth, sentence)) {
        stamps.add(dayMonth.start());
        continue;
      }
      add(dates, dayMonth, published, dayMonth.group(2), dayMonth.group(1), dayMonth.group(3));
    }
    // a weekday that opens a timestamp ("Tuesday 28 April 2009 17.37 BST") is part of it
    dates.removeIf(mention -> mention.weekday()
        && stamps.stream().anyMatch(start -> start >= mention.end() && start - mention.end() <= WEEKDAY_DATE_GAP));
    return dates;
  }

  /** Whether {@code text} holds {@code lowerCaseWord} in any ASCII case, as a CASE_INSENSITIVE pattern compares. */
  static boolean containsAsciiIgnoreCase(String text, String lowerCaseWord) {
    int last = text.length() - lowerCaseWord.length();
    for (int start = 0; start <= last; start++) {
      int i = 0;
      while (i < lowerCaseWord.length() && asciiLower(text.charAt(start + i)) == lowerCaseWord.charAt(i)) {
        i++;
      }
      if (i == lowerCaseWord.length()) {
        return true;
      }
    }
    return false;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** An ASCII digit: what {@code \d} matches without UNICODE_CHARACTER_CLASS. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMonthPrefix(String text) {
    for (String prefix : MONTH_PREFIXES) {
      if (text.contains(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static void add(
      List<Mention> dates, Matcher match, LocalDate published, String monthName, String dayText, String yearText) {
    int month = DateExtractor.monthNumber(monthName);
    int day = Integer.parseInt(dayText);
    if (yearText != null) {
      int year = Integer.parseInt(yearText);
      // Outside the range text dates are held to, a year is history, or not a year.
      if (year >= DateExtractor.MIN_YEAR && year <= DateExtractor.MAX_YEAR) {
        of(year, month, day).ifPresent(date -> dates.add(new Mention(match.start(), match.end(), date, false, false)));
      }
      return;
    }
    LocalDate nearest = null;
    for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
      LocalDate candidate = of(year, month, day).orElse(null);
      if (candidate != null && (nearest == null || distance(candidate, published) < distance(nearest, published))) {
        nearest = candidate;
      }
    }
    if (nearest != null) {
      dates.add(new Mention(match.start(), match.end(), nearest, false, false));
    }
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(a.toEpochDay() - b.toEpochDay());
  }

  private static Optional<LocalDate> of(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
