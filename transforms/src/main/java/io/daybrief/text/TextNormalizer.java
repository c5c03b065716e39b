package io.daybrief.text;

/** Normalization of one text block (one non-blank input line). */
public final class TextNormalizer {
  private TextNormalizer() {}

  /**
   * NFKC, typographic quotes and dashes to plain ASCII ones, page artifacts such as "(new window)"
   * removed, invisible characters dropped, whitespace collapsed and trimmed. Linear time.
   */
  public static String normalize(String block) {
    throw new UnsupportedOperationException("stub");
  }

  /** Lower-case letters and digits separated by single spaces: equal for copies that differ only in case, punctuation or spacing. */
  public static String canonical(String normalized) {
    throw new UnsupportedOperationException("stub");
  }
}
