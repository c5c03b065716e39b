package io.daybrief.text;

/**
 * Surrogate code units without their other half. Strict decoding never produces them, but a JSON
 * escape such as {@code "\ud800"} does, and UTF-8 cannot encode them: Java's encoder would write
 * {@code ?} in their place without a word. They are replaced by U+FFFD, visibly, and counted.
 */
public final class LoneSurrogates {
  public static final char REPLACEMENT = '\uFFFD';

  private LoneSurrogates() {}

  /** How many code units of {@code text} are lone surrogates. */
  public static int count(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      int pair = pairLength(text, i);
      if (pair == 0) {
        count++;
      } else {
        i += pair - 1;
      }
    }
    return count;
  }

  /** {@code text} with every lone surrogate replaced by U+FFFD; the same instance when there is none. */
  public static String replace(String text) {
    if (count(text) == 0) {
      return text;
    }
    StringBuilder replaced = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      int pair = pairLength(text, i);
      if (pair == 0) {
        replaced.append(REPLACEMENT);
      } else {
        replaced.append(text, i, i + pair);
        i += pair - 1;
      }
    }
    return replaced.toString();
  }

  /** 1 for an ordinary code unit, 2 for a well-formed surrogate pair starting at {@code i}, 0 for a lone surrogate. */
  private static int pairLength(String text, int i) {
    char c = text.charAt(i);
    if (!Character.isSurrogate(c)) {
      return 1;
    }
    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
      return 2;
    }
    return 0;
  }
}
