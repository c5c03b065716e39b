package io.daybrief.text;

/**
 * The fixture text format: the first line may be {@code " date YYYY-MM-DD <first paragraph>"}
 * (leading blanks allowed); everything else is the body, one block per non-blank line.
 */
public final class PlainTextFormat {
  private static final String HEADER_WORD = "date";
  private static final int ISO_DATE_LENGTH = 10;

  /**
   * @param headerDate the raw date written in the header, or null when there is no header
   * @param body the text with the header removed (its rest kept as the first paragraph)
   */
  public record PlainText(String headerDate, String body) {}

  private PlainTextFormat() {}

  public static PlainText parse(String content) throws InvalidInputException {
    if (content.isEmpty()) {
      throw new InvalidInputException("empty file");
    }
    if (BlankText.isBlank(content)) {
      throw new InvalidInputException("no text: only whitespace");
    }
    int start = skipBlanks(content, 0);
    if (!content.startsWith(HEADER_WORD, start)) {
      return new PlainText(null, content);
    }
    int dateStart = skipBlanks(content, start + HEADER_WORD.length());
    int dateEnd = dateStart + ISO_DATE_LENGTH;
    boolean separated = dateStart > start + HEADER_WORD.length();
    if (!separated || dateEnd > content.length() || !looksLikeIsoDate(content, dateStart)) {
      return new PlainText(null, content);
    }
    if (dateEnd < content.length() && !Character.isWhitespace(content.charAt(dateEnd))) {
      return new PlainText(null, content);
    }
    int restStart = dateEnd < content.length() && content.charAt(dateEnd) == ' ' ? dateEnd + 1 : dateEnd;
    String body = content.substring(restStart);
    if (BlankText.isBlank(body)) {
      throw new InvalidInputException("no text after the date header");
    }
    return new PlainText(content.substring(dateStart, dateEnd), body);
  }

  private static int skipBlanks(String s, int from) {
    int i = from;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** Shape only ({@code dddd-dd-dd}); whether it is a real date is decided by the date parser. */
  private static boolean looksLikeIsoDate(String s, int at) {
    for (int i = 0; i < ISO_DATE_LENGTH; i++) {
      char c = s.charAt(at + i);
      boolean dash = i == 4 || i == 7;
      if (dash ? c != '-' : (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
