package io.daybrief.text;

/**
 * A news agency's dateline at the start of a paragraph: "WASHINGTON (Reuters) - ", "NEW YORK
 * (CNNMoney) -- ", often after a byline and a timestamp ("By A. Reporter, Health Editor
 * WASHINGTON | Tue Apr 21, 2009 10:19 pm EDT WASHINGTON (Reuters) - "). Glued to the lead sentence,
 * it adds a dozen words that say nothing about the day's news, and its timestamp would date the
 * sentence by its publication instead of by what it reports. The shape is the wire services' own:
 * a credit of one to four capitalised words in parentheses, then a dash, after a place name in
 * capitals (or a timestamp's time zone, also in capitals), near the start of the paragraph.
 */
public final class Datelines {
  /** A byline, a timestamp and a place name fit in this many words; a longer prefix is a sentence. */
  static final int MAX_PREFIX_WORDS = 30;
  private static final int MAX_CREDIT_WORDS = 4;

  private Datelines() {}

  /** The paragraph without its leading dateline; the paragraph itself when it has none. */
  public static String strip(String paragraph) {
    int open = paragraph.indexOf('(');
    if (open < 0) {
      return paragraph;
    }
    String prefix = paragraph.substring(0, open).strip();
    if (!prefix.isEmpty() && (!endsWithCapitalsWord(prefix) || words(prefix) > MAX_PREFIX_WORDS)) {
      return paragraph;
    }
    int close = paragraph.indexOf(')', open);
    if (close < 0 || !isCredit(paragraph.substring(open + 1, close))) {
      return paragraph;
    }
    int rest = afterDash(paragraph, close + 1);
    if (rest < 0) {
      return paragraph;
    }
    String text = paragraph.substring(rest).strip();
    return text.isEmpty() ? paragraph : text;
  }

  private static boolean isCredit(String credit) {
    String[] words = credit.strip().split("\\s+");
    if (words.length == 0 || words.length > MAX_CREDIT_WORDS || words[0].isEmpty()) {
      return false;
    }
    for (String word : words) {
      if (!Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (!Character.isLetter(c) && c != '.' && c != '&' && c != '-') {
          return false;
        }
      }
    }
    return true;
  }

  /** Index after a dash ("-", "--", "–", "—") and the spaces around it, or -1 when none follows. */
  private static int afterDash(String text, int from) {
    int i = skipSpaces(text, from);
    int dashes = 0;
    while (i < text.length() && isDash(text.charAt(i))) {
      i++;
      dashes++;
    }
    if (dashes == 0 || dashes > 2 || i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      return -1;
    }
    return skipSpaces(text, i);
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The place before the credit ("WASHINGTON", "HONG KONG") or a time zone ("EDT"): two or more capitals. */
  private static boolean endsWithCapitalsWord(String prefix) {
    int start = prefix.lastIndexOf(' ') + 1;
    String last = prefix.substring(start);
    int letters = 0;
    for (int i = 0; i < last.length(); i++) {
      char c = last.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.' && c != '-' && c != '\'') {
        return false;
      }
    }
    return letters >= 2;
  }

  private static int words(String text) {
    return text.split("\\s+").length;
  }
}
