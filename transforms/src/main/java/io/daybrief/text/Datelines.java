package io.daybrief.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What news pages put before a paragraph's first sentence, stripped: a news agency's dateline
 * ("WASHINGTON (Reuters) - ", "Cairo, Egypt (CNN) -- ", "ROME, April 29 (Reuters) - "), often after
 * a byline and a timestamp ("By A. Reporter, Health Editor WASHINGTON | Tue Apr 21, 2009 10:19 pm
 * EDT WASHINGTON (Reuters) - "), and a live page's update note ("(Updated 7:40 p.m. (0240 in
 * Egypt)) "). Glued to the lead sentence they add a dozen words that say nothing about the day's
 * news, and a timestamp would date the sentence by its posting instead of by what it reports.
 *
 * <p>The shapes are the wire services' own, no agency or site is named. A dateline is a credit of
 * one to four capitalised words in parentheses, then a dash, after at most {@link
 * #MAX_PREFIX_WORDS} words that end in a place: a word in capitals ("WASHINGTON", or a time zone,
 * "EDT"), optionally with a month and day after it, or one to three capitalised words ("Cairo,
 * Egypt") whose initials are not the credit ("Disasters Emergency Committee (DEC) - " defines an
 * acronym). An update note is a parenthesis at the start that holds a time of day.
 */
public final class Datelines {
  /** A byline, a timestamp and a place name fit in this many words; a longer prefix is a sentence. */
  static final int MAX_PREFIX_WORDS = 30;
  private static final int MAX_NOTE_WORDS = 20;
  private static final int MAX_TITLE_PLACE_WORDS = 3;

  private static final Pattern CREDIT = Pattern.compile(
      "\\(\\s*(\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{Lu}[\\p{L}.&-]*){0,3})\\s*\\)\\s*(?:--?|\u2013|\u2014)(?:\\s+|$)");
  private static final Pattern MONTH_DAY_AT_END = Pattern.compile(
      "\\s*,?\\s*(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+\\d{1,2}\\s*$");
  private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}\\s*[:.]\\s*\\d{2}");

  private Datelines() {}

  /** The paragraph without its leading update note and dateline; the paragraph itself when it has neither. */
  public static String strip(String paragraph) {
    String text = withoutUpdateNote(paragraph);
    Matcher credit = CREDIT.matcher(text);
    if (!credit.find()) {
      return text;
    }
    String prefix = text.substring(0, credit.start()).strip();
    String rest = text.substring(credit.end()).strip();
    if (rest.isEmpty() || !prefix.isEmpty() && !isDatelinePlace(prefix, credit.group(1))) {
      return text;
    }
    return rest;
  }

  private static boolean isDatelinePlace(String prefix, String credit) {
    String[] words = prefix.split("\\s+");
    if (words.length > MAX_PREFIX_WORDS) {
      return false;
    }
    String place = MONTH_DAY_AT_END.matcher(prefix).replaceFirst("");
    place = place.endsWith(",") ? place.substring(0, place.length() - 1).strip() : place;
    if (place.isEmpty()) {
      return false;
    }
    String last = place.substring(place.lastIndexOf(' ') + 1);
    return isCapitals(last) || isTitleCasePlace(words, credit);
  }

  /** "Cairo , Egypt", "Washington": the whole prefix, one to three capitalised words (commas between). */
  private static boolean isTitleCasePlace(String[] words, String credit) {
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      if (word.equals(",")) {
        continue;
      }
      if (!Character.isUpperCase(word.codePointAt(0)) || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.')) {
        return false;
      }
      initials.append(word.charAt(0));
    }
    if (initials.length() == 0 || initials.length() > MAX_TITLE_PLACE_WORDS) {
      return false;
    }
    String creditInitials = credit.replaceAll("[^\\p{Lu}]", "");
    return !creditInitials.equals(initials.toString());
  }

  /** Two or more letters, all capitals ("WASHINGTON", "EDT", "U.S."). */
  private static boolean isCapitals(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.' && c != '-' && c != '\'' && c != '/' && c != '\\') {
        return false;
      }
    }
    return letters >= 2;
  }

  /**
   * Without a parenthesis at the start (after dashes) that holds a time of day and a few words: a
   * live page's "(Update 8:18 p.m. Cairo, 1:18 p.m. ET)". Nested parentheses are part of it.
   */
  private static String withoutUpdateNote(String paragraph) {
    int open = 0;
    while (open < paragraph.length() && (paragraph.charAt(open) == '-' || Character.isWhitespace(paragraph.charAt(open)))) {
      open++;
    }
    if (open >= paragraph.length() || paragraph.charAt(open) != '(') {
      return paragraph;
    }
    int depth = 0;
    int close = -1;
    for (int i = open; i < paragraph.length() && close < 0; i++) {
      char c = paragraph.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        close = i;
      }
    }
    if (close < 0) {
      return paragraph;
    }
    String note = paragraph.substring(open + 1, close);
    String rest = paragraph.substring(close + 1).strip();
    while (rest.startsWith("-")) {
      rest = rest.substring(1).strip();
    }
    boolean timed = TIME_OF_DAY.matcher(note).find();
    return !timed || note.strip().split("\\s+").length > MAX_NOTE_WORDS || rest.isEmpty() ? paragraph : rest;
  }
}
