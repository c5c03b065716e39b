package io.daybrief.text;

/**
 * Whether a text shows anything. {@link String#isBlank} stops at Java whitespace; no-break spaces,
 * other Unicode spaces and zero-width characters are as empty to a reader, and normalization
 * would leave nothing of them anyway.
 */
public final class BlankText {
  private BlankText() {}

  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean invisible = Character.isWhitespace(c) || Character.isSpaceChar(c)
          || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
      if (!invisible) {
        return false;
      }
    }
    return true;
  }
}
