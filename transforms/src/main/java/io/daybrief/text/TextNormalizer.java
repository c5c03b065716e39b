package io.daybrief.text;

import java.text.Normalizer;

/** Normalization of one text block (one non-blank input line). */
public final class TextNormalizer {
  /**
   * Labels that pages attach to links; they carry no content and would make copies of one paragraph
   * differ. Lower-case ASCII, matched case-insensitively after whitespace is collapsed.
   */
  private static final String[] PAGE_ARTIFACTS = {
    "(new window)",
    "(opens in new window)",
    "(opens in a new window)",
    "(opens in new tab)",
    "(opens in a new tab)",
    "(external link)",
  };

  private static final int DROP = -1;

  private TextNormalizer() {}

  /**
   * NFKC, typographic quotes and dashes to plain ASCII ones, page artifacts such as "(new window)"
   * removed, invisible characters dropped, whitespace collapsed and trimmed. Linear time.
   */
  public static String normalize(String block) {
    String composed = nfkc(block);
    StringBuilder out = new StringBuilder(composed.length());
    // Spaces are emitted lazily, before the next visible character, so runs collapse and both ends trim.
    boolean spacePending = false;
    for (int i = 0; i < composed.length(); ) {
      int codePoint = composed.codePointAt(i);
      i += Character.charCount(codePoint);
      if (isSpace(codePoint)) {
        spacePending = true;
        continue;
      }
      int plain = plain(codePoint);
      if (plain == DROP) {
        continue;
      }
      if (spacePending && out.length() > 0) {
        out.append(' ');
      }
      spacePending = false;
      out.appendCodePoint(plain);
      if (plain == ')' && removeTrailingArtifact(out)) {
        spacePending = true;
      }
    }
    return out.substring(bulletPrefixLength(out));
  }

  /** Lower-case letters and digits separated by single spaces: equal for copies that differ only in case, punctuation or spacing. */
  public static String canonical(String normalized) {
    StringBuilder out = new StringBuilder(normalized.length());
    boolean spacePending = false;
    for (int i = 0; i < normalized.length(); ) {
      int codePoint = normalized.codePointAt(i);
      i += Character.charCount(codePoint);
      if (isWordPart(codePoint)) {
        if (spacePending && out.length() > 0) {
          out.append(' ');
        }
        spacePending = false;
        // Per code point rather than String.toLowerCase: locale-free, one pass, and no expansion
        // of 'İ' into 'i' plus a combining dot that would then split the word.
        out.appendCodePoint(Character.toLowerCase(codePoint));
      } else {
        spacePending = true;
      }
    }
    return out.toString();
  }

  private static String nfkc(String block) {
    if (Normalizer.isNormalized(block, Normalizer.Form.NFKC)) {
      return block;
    }
    // NFKC would turn the double prime into two primes, i.e. two apostrophes instead of one quote.
    return Normalizer.normalize(block.replace('\u2033', '"'), Normalizer.Form.NFKC);
  }

  private static boolean isSpace(int codePoint) {
    // isSpaceChar adds the no-break spaces that isWhitespace excludes; U+0085 is a line break typed as a control.
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x85;
  }

  /** The ASCII stand-in for a typographic quote or dash, DROP for invisible characters, else the code point. */
  private static int plain(int codePoint) {
    switch (codePoint) {
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
        return '"';
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u2035':
      case '\u2039': case '\u203A':
        return '\'';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
      case '\u2212':
        return '-';
      default:
        break;
    }
    int type = Character.getType(codePoint);
    // FORMAT covers zero-width spaces and joiners, the soft hyphen, the BOM and bidi marks.
    if (type == Character.CONTROL || type == Character.FORMAT) {
      return DROP;
    }
    return codePoint;
  }

  private static boolean removeTrailingArtifact(StringBuilder out) {
    for (String artifact : PAGE_ARTIFACTS) {
      int start = out.length() - artifact.length();
      if (start >= 0 && matchesIgnoringAsciiCase(out, start, artifact)) {
        out.setLength(start);
        if (start > 0 && out.charAt(start - 1) == ' ') {
          out.setLength(start - 1);
        }
        return true;
      }
    }
    return false;
  }

  private static boolean matchesIgnoringAsciiCase(StringBuilder out, int start, String lowerCaseSuffix) {
    for (int k = 0; k < lowerCaseSuffix.length(); k++) {
      char c = out.charAt(start + k);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != lowerCaseSuffix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Length of the leading list markers ("• ", "- ", "* ", ...) that only say "this line is a list item". */
  private static int bulletPrefixLength(CharSequence text) {
    int position = 0;
    while (position + 1 < text.length() && isBullet(text.charAt(position)) && text.charAt(position + 1) == ' ') {
      position += 2;
    }
    return position;
  }

  private static boolean isBullet(char c) {
    switch (c) {
      case '\u2022': case '\u00B7': case '\u25AA': case '\u25E6': case '\u2023': case '\u25CF':
      case '-': case '*':
        return true;
      default:
        return false;
    }
  }

  private static boolean isWordPart(int codePoint) {
    if (Character.isLetterOrDigit(codePoint)) {
      return true;
    }
    // Combining marks belong to the letter before them (Devanagari vowel signs, leftover accents).
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
