package io.daybrief.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Dates from explicit fields and from the opening lines of a text. */
public final class DateExtractor {
  /** A dateline sits at the top of an article; further down, dates are about events, not publication. */
  private static final int OPENING_LINES = 5;

  private static final int OPENING_CHARS = 2_000;

  /** Longer than any ISO timestamp with a zone id; longer values are not dates, and are not worth parsing. */
  private static final int MAX_FIELD_LENGTH = 80;

  /** Beyond these, a "date" in an article's opening lines is a typo or a count, not when it was written. */
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2100;

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1),
      Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3),
      Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun", 6),
      Map.entry("july", 7), Map.entry("jul", 7),
      Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));

  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  private DateExtractor() {}

  /** The first absolute date written in the first lines of the text ("2 March 2022, 13:44", "March 2, 2022", "2022-03-02"). */
  public static Optional<LocalDate> firstDate(String text) {
    List<Token> tokens = tokenizeOpening(text);
    for (int start = 0; start < tokens.size(); start++) {
      Optional<LocalDate> date = dateAt(tokens, start);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /**
   * An explicit date value (header or JSON field): an ISO date, or a timestamp reduced to its date
   * in {@code zone} (offset timestamps are converted; local timestamps are taken as already in zone).
   * Empty when the value is not a date.
   */
  public static Optional<LocalDate> parseDateField(String value, ZoneId zone) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.length() == 10) {
      try {
        return Optional.of(LocalDate.parse(trimmed, DateTimeFormatter.ISO_LOCAL_DATE));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return timestamp(trimmed).map(parsed -> parsed instanceof ZonedDateTime instant
        ? instant.withZoneSameInstant(zone).toLocalDate()
        : ((LocalDateTime) parsed).toLocalDate());
  }

  /**
   * The instant of an explicit date value that carries a time of day (offset timestamps as
   * written, local ones taken in {@code zone}, as {@link #parseDateField} does); empty for a plain
   * date or a value that is not a date. A stream's event time: the date alone is its midnight.
   */
  public static Optional<java.time.Instant> timestampOfField(String value, ZoneId zone) {
    return timestamp(value == null ? "" : value.strip()).map(parsed -> parsed instanceof ZonedDateTime instant
        ? instant.toInstant()
        : ((LocalDateTime) parsed).atZone(zone).toInstant());
  }

  /** An ISO timestamp, with or without offset; "2022-03-02 13:44" (SQL's spelling) too. */
  private static Optional<TemporalAccessor> timestamp(String trimmed) {
    if (trimmed.length() <= 10 || trimmed.length() > MAX_FIELD_LENGTH) {
      return Optional.empty();
    }
    String iso = trimmed.charAt(10) == ' ' ? trimmed.substring(0, 10) + 'T' + trimmed.substring(11) : trimmed;
    try {
      return Optional.of(DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from, LocalDateTime::from));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A header or JSON date for a document: {@link #parseDateField}, and a year from 1900 to 2100,
   * the range the text dates are held to, so that a typo such as 2202 does not become a date of
   * its own. The run's clock plays no part: the same input is judged the same way on every run.
   *
   * @throws InvalidInputException with the reason: "invalid date '…'" or "date out of range '…' …"
   */
  public static LocalDate explicitDate(String value, ZoneId zone) throws InvalidInputException {
    LocalDate date = parseDateField(value, zone)
        .orElseThrow(() -> new InvalidInputException("invalid date " + quoted(value)));
    if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
      throw new InvalidInputException(
          "date out of range " + quoted(value) + " (years " + MIN_YEAR + " to " + MAX_YEAR + ")");
    }
    return date;
  }

  /** The value in quotes, cut short: a reason is one readable line, however long the field was. */
  private static String quoted(String value) {
    if (value.length() <= MAX_FIELD_LENGTH) {
      return "'" + value + "'";
    }
    int end = Character.isHighSurrogate(value.charAt(MAX_FIELD_LENGTH - 1)) ? MAX_FIELD_LENGTH - 1 : MAX_FIELD_LENGTH;
    return "'" + value.substring(0, end) + "…'";
  }

  private enum Kind { NUMBER, WORD, PUNCTUATION, LINE_BREAK }

  private record Token(Kind kind, String text, int start, int end) {
    boolean is(Kind expected) {
      return kind == expected;
    }

    boolean isPunctuation(char c) {
      return kind == Kind.PUNCTUATION && text.charAt(0) == c;
    }

    boolean isNumberOfLength(int minDigits, int maxDigits) {
      return kind == Kind.NUMBER && text.length() >= minDigits && text.length() <= maxDigits;
    }

    int number() {
      return Integer.parseInt(text);
    }
  }

  /** Tokens of the opening lines; a LINE_BREAK token keeps a date from being read across two lines. */
  private static List<Token> tokenizeOpening(String text) {
    int limit = Math.min(text.length(), OPENING_CHARS);
    List<Token> tokens = new ArrayList<>();
    int nonBlankLines = 0;
    boolean lineHasContent = false;
    int position = 0;
    while (position < limit) {
      char c = text.charAt(position);
      if (c == '\n' || c == '\r') {
        if (lineHasContent) {
          tokens.add(new Token(Kind.LINE_BREAK, "\n", position, position + 1));
          if (++nonBlankLines == OPENING_LINES) {
            break;
          }
        }
        lineHasContent = false;
        position++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        position++;
        continue;
      }
      lineHasContent = true;
      int end = position + 1;
      Kind kind;
      if (isAsciiDigit(c)) {
        kind = Kind.NUMBER;
        while (end < limit && isAsciiDigit(text.charAt(end))) {
          end++;
        }
      } else if (Character.isLetter(c)) {
        kind = Kind.WORD;
        while (end < limit && Character.isLetter(text.charAt(end))) {
          end++;
        }
      } else {
        kind = Kind.PUNCTUATION;
      }
      tokens.add(new Token(kind, text.substring(position, end), position, end));
      position = end;
    }
    return tokens;
  }

  private static Optional<LocalDate> dateAt(List<Token> tokens, int start) {
    return numericDateAt(tokens, start)
        .or(() -> dayMonthYearAt(tokens, start))
        .or(() -> monthDayYearAt(tokens, start));
  }

  /** "2022-03-02" or "2022/03/02", written without spaces. */
  private static Optional<LocalDate> numericDateAt(List<Token> tokens, int start) {
    if (start + 4 >= tokens.size()) {
      return Optional.empty();
    }
    Token year = tokens.get(start);
    Token separator = tokens.get(start + 1);
    Token month = tokens.get(start + 2);
    Token secondSeparator = tokens.get(start + 3);
    Token day = tokens.get(start + 4);
    boolean shaped = year.isNumberOfLength(4, 4)
        && (separator.isPunctuation('-') || separator.isPunctuation('/'))
        && month.isNumberOfLength(1, 2)
        && secondSeparator.isPunctuation(separator.text().charAt(0))
        && day.isNumberOfLength(1, 2)
        && year.end() == separator.start()
        && separator.end() == month.start()
        && month.end() == secondSeparator.start()
        && secondSeparator.end() == day.start();
    return shaped ? validDate(year.number(), month.number(), day.number()) : Optional.empty();
  }

  /** "2 March 2022", "2nd of Mar. 2022", "2 March, 2022". */
  private static Optional<LocalDate> dayMonthYearAt(List<Token> tokens, int start) {
    Token day = tokens.get(start);
    if (!day.isNumberOfLength(1, 2)) {
      return Optional.empty();
    }
    int position = skipOrdinalSuffix(tokens, start + 1, day);
    if (position < tokens.size() && tokens.get(position).is(Kind.WORD)
        && tokens.get(position).text().equalsIgnoreCase("of")) {
      position++;
    }
    int month = monthAt(tokens, position);
    if (month == 0) {
      return Optional.empty();
    }
    position = skipMonthPeriodAndComma(tokens, position + 1);
    if (position >= tokens.size() || !tokens.get(position).isNumberOfLength(4, 4)) {
      return Optional.empty();
    }
    return validDate(tokens.get(position).number(), month, day.number());
  }

  /** "March 2, 2022", "Mar. 2 2022", "March 2nd, 2022"; a weekday before it is simply skipped over. */
  private static Optional<LocalDate> monthDayYearAt(List<Token> tokens, int start) {
    int month = monthAt(tokens, start);
    if (month == 0) {
      return Optional.empty();
    }
    int position = skipMonthPeriodAndComma(tokens, start + 1);
    if (position >= tokens.size() || !tokens.get(position).isNumberOfLength(1, 2)) {
      return Optional.empty();
    }
    Token day = tokens.get(position);
    position = skipOrdinalSuffix(tokens, position + 1, day);
    if (position < tokens.size() && tokens.get(position).isPunctuation(',')) {
      position++;
    }
    if (position >= tokens.size() || !tokens.get(position).isNumberOfLength(4, 4)) {
      return Optional.empty();
    }
    return validDate(tokens.get(position).number(), month, day.number());
  }

  /** Month number 1..12 of an English month name or abbreviation in any case, 0 for other words. */
  static int monthNumber(String word) {
    if (word.length() > "september".length()) {
      return 0;
    }
    return MONTHS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  private static int monthAt(List<Token> tokens, int position) {
    if (position >= tokens.size() || !tokens.get(position).is(Kind.WORD)) {
      return 0;
    }
    return monthNumber(tokens.get(position).text());
  }

  private static int skipOrdinalSuffix(List<Token> tokens, int position, Token number) {
    if (position < tokens.size()) {
      Token suffix = tokens.get(position);
      if (suffix.is(Kind.WORD) && suffix.start() == number.end() && ORDINAL_SUFFIXES.contains(suffix.text().toLowerCase(Locale.ROOT))) {
        return position + 1;
      }
    }
    return position;
  }

  private static int skipMonthPeriodAndComma(List<Token> tokens, int position) {
    int next = position;
    if (next < tokens.size() && tokens.get(next).isPunctuation('.')) {
      next++;
    }
    if (next < tokens.size() && tokens.get(next).isPunctuation(',')) {
      next++;
    }
    return next;
  }

  private static Optional<LocalDate> validDate(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
