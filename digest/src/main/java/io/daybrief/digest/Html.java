package io.daybrief.digest;

/** Escaping for text placed in HTML or SVG, in element content or in double-quoted attribute values. */
final class Html {
  private Html() {}

  /**
   * Escapes the five markup characters and replaces control characters, which HTML parsers treat
   * as errors, with U+FFFD; tabs and line breaks are kept.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\t', '\n', '\r' -> out.append(c);
        default -> out.append(isControl(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }
}
