package io.daybrief.text;

/** Dotted acronyms ("U.S", "p.m", "Ph.D"), shared by the sentence splitter and the term analyzer. */
final class Acronyms {
  private Acronyms() {}

  /**
   * Whether {@code text[start, end)} is runs of one or two letters joined by single periods, ending
   * in letters: the form a dotted acronym has once its final period is set aside.
   */
  static boolean isDotted(CharSequence text, int start, int end) {
    int lettersInRun = 0;
    boolean sawPeriod = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (++lettersInRun > 2) {
          return false;
        }
      } else if (c == '.' && lettersInRun > 0) {
        sawPeriod = true;
        lettersInRun = 0;
      } else {
        return false;
      }
    }
    return sawPeriod && lettersInRun > 0;
  }
}
