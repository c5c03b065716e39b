package io.daybrief.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Decides which normalized blocks of one document are boilerplate. Thread-confined, cheap to create. */
public final class BoilerplateFilter {
  private static final String NO_TEXT = "no-text";
  private static final String UI_TEXT = "ui-text";
  private static final String LINK_LINE = "link-line";
  private static final String WIDGET = "widget";
  private static final String BYLINE = "byline";
  private static final String CREDIT = "credit";
  private static final String DATELINE = "dateline";
  private static final String NAVIGATION = "navigation";
  private static final String KEYWORD_LIST = "keyword-list";

  private static final List<String> RULE_NAMES =
      List.of(NO_TEXT, UI_TEXT, LINK_LINE, WIDGET, BYLINE, CREDIT, DATELINE, NAVIGATION, KEYWORD_LIST);

  /**
   * Prose is about a third function words; a line of six or more words with none of them and no
   * sentence punctuation is a tag cloud or a list of section names, not a sentence.
   */
  private static final Set<String> STOP_WORDS = WordLists.load("stopwords.txt");
  private static final int MIN_KEYWORD_LIST_WORDS = 6;

  /** Whole-line page furniture, in canonical form. */
  private static final Set<String> UI_TEXT_LINES = WordLists.load("ui-text.txt");

  private static final int MAX_UI_TEXT_WORDS = 8;

  /**
   * Longer than any UI text, widget, byline, credit or dateline line; longer blocks skip those rules,
   * which keeps them cheap on megabyte-long lines with few spaces.
   */
  private static final int MAX_SHORT_LINE_CHARS = 200;

  /** Labels of a link line; a separator and a space follow, then the linked headline ("Read more: ..."). */
  private static final List<String> LINK_LABELS = List.of(
      "read more", "read also", "also read", "read next", "read", "related", "see also", "watch",
      "video", "listen", "more", "recommended", "most read");

  private static final String LINK_SEPARATORS = ":|>»-";

  /** Calls to action that start a line of their own; the rest of the line is link text. */
  private static final List<String> CALLS_TO_ACTION = List.of(
      "see more", "click here", "tap here", "sign up for", "subscribe to", "follow us on");

  private static final int MAX_CALL_TO_ACTION_WORDS = 20;

  /** Widget chrome ("Début du widget Widget. Passer le widget ?") is short; real text about widgets rarely is. */
  private static final int MAX_WIDGET_WORDS = 12;

  private static final int MAX_BYLINE_NAME_WORDS = 8;

  /** Lower-case particles that occur inside personal names ("Ursula von der Leyen"). */
  private static final Set<String> NAME_PARTICLES =
      Set.of("and", "&", "de", "da", "del", "der", "di", "du", "la", "le", "van", "von", "bin", "al");

  /** Labels of picture and source credits ("Picture: Alamy"). */
  private static final List<String> CREDIT_LABELS = List.of(
      "picture", "pictures", "pic", "photo", "photos", "photograph", "photo credit", "image", "images",
      "credit", "credits", "illustration", "graphic", "footage", "source");

  private static final int MAX_CREDIT_WORDS = 8;

  /** Agency and staff credits at the end of an article ("Additional reporting by The Associated Press."). */
  private static final List<String> REPORTING_CREDITS = List.of(
      "additional reporting by", "with reporting by", "reporting by", "editing by", "writing by",
      "compiled by");

  private static final int MAX_REPORTING_CREDIT_WORDS = 25;

  /** Words that may appear in a line that is only a publication date or time, besides numbers. */
  private static final Set<String> DATELINE_WORDS = Set.of(
      "updated", "update", "published", "posted", "last", "modified", "first", "at", "on", "of", "the",
      "and", "am", "pm", "a", "p", "m", "h", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "et",
      "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "ist", "aest", "aedt",
      "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second", "seconds", "sec", "secs",
      "day", "days", "week", "weeks", "st", "nd", "rd", "th");

  /** Words that make such a line a date rather than a bare number. */
  private static final Set<String> DATELINE_ANCHORS = Set.of(
      "ago", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

  /** Shorter runs are as likely a heading and a short list in the article body. */
  private static final int MIN_NAVIGATION_RUN = 4;

  private static final int MIN_NAVIGATION_LIKE = 3;

  /** A lone subheading next to a navigation tail must not pull the short paragraphs after it into the tail. */
  private static final int MIN_NAVIGATION_LIKE_BEFORE_CAPTION = 2;

  /** Teaser captions ending in a period sit between teaser headlines, up to three in a row in the seeds. */
  private static final int MAX_NAVIGATION_GAP = 3;

  /** Photo captions in teaser lists run to ~30 words without a final period; body paragraphs have one. */
  private static final int MAX_UNPUNCTUATED_WORDS = 40;

  /** Teaser captions are one short sentence; longer punctuated blocks are body text and end a run. */
  private static final int MAX_CAPTION_WORDS = 25;

  /**
   * One entry per block: null to keep it, else the name of the rule that dropped it (a short
   * lower-case-hyphenated name, one of {@link #ruleNames()}).
   */
  public List<String> classify(List<String> normalizedBlocks) {
    int count = normalizedBlocks.size();
    String[] verdicts = new String[count];
    BlockShape[] shapes = new BlockShape[count];
    for (int i = 0; i < count; i++) {
      String block = normalizedBlocks.get(i);
      shapes[i] = BlockShape.of(block);
      verdicts[i] = lineRule(block, shapes[i]);
    }
    markNavigationRuns(shapes, verdicts);
    // The first block is usually the headline, which may be written without function words.
    for (int i = 1; i < count; i++) {
      if (verdicts[i] == null && isKeywordList(normalizedBlocks.get(i), shapes[i])) {
        verdicts[i] = KEYWORD_LIST;
      }
    }
    return Arrays.asList(verdicts);
  }

  /** Every rule name classify can return, for counters. */
  public static List<String> ruleNames() {
    return RULE_NAMES;
  }

  /** Rules that judge one block on its own; null when none applies. */
  private static String lineRule(String block, BlockShape shape) {
    if (!shape.hasLetter()) {
      return NO_TEXT;
    }
    if (isLinkLine(block, shape)) {
      return LINK_LINE;
    }
    if (block.length() > MAX_SHORT_LINE_CHARS) {
      return null;
    }
    if (shape.words() <= MAX_UI_TEXT_WORDS && UI_TEXT_LINES.contains(TextNormalizer.canonical(block))) {
      return UI_TEXT;
    }
    if (shape.words() <= MAX_WIDGET_WORDS && containsWordIgnoringCase(block, "widget")) {
      return WIDGET;
    }
    if (isByline(block, shape)) {
      return BYLINE;
    }
    if (isCredit(block, shape)) {
      return CREDIT;
    }
    if (isDateline(block)) {
      return DATELINE;
    }
    return null;
  }

  private static boolean isKeywordList(String block, BlockShape shape) {
    if (shape.endsSentence() || shape.words() < MIN_KEYWORD_LIST_WORDS || block.length() > MAX_SHORT_LINE_CHARS) {
      return false;
    }
    for (String word : TextNormalizer.canonical(block).split(" ")) {
      if (STOP_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLinkLine(String block, BlockShape shape) {
    for (String label : LINK_LABELS) {
      if (startsWithIgnoringCase(block, label) && separatorFollows(block, label.length())) {
        return true;
      }
    }
    if (shape.words() > MAX_CALL_TO_ACTION_WORDS) {
      return false;
    }
    for (String call : CALLS_TO_ACTION) {
      if (startsWithIgnoringCase(block, call) && wordEndsAt(block, call.length())) {
        return true;
      }
    }
    return false;
  }

  /** "Read more: x", "WATCH | x", "Related - x"; not "More-than" or "Readers:". */
  private static boolean separatorFollows(String block, int position) {
    int index = position;
    while (index < block.length() && block.charAt(index) == ' ') {
      index++;
    }
    return index < block.length()
        && LINK_SEPARATORS.indexOf(block.charAt(index)) >= 0
        && (index + 1 == block.length() || block.charAt(index + 1) == ' ');
  }

  private static boolean isByline(String block, BlockShape shape) {
    if (shape.words() < 2 || shape.words() > MAX_BYLINE_NAME_WORDS + 1
        || !(block.startsWith("By ") || block.startsWith("BY "))) {
      return false;
    }
    String[] words = block.split(" ");
    for (int i = 1; i < words.length; i++) {
      if (!isNameWord(words[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameWord(String word) {
    return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || NAME_PARTICLES.contains(word));
  }

  private static boolean isCredit(String block, BlockShape shape) {
    if (shape.words() <= MAX_CREDIT_WORDS) {
      if (block.startsWith("(") && block.endsWith(")")) {
        return true;
      }
      for (String label : CREDIT_LABELS) {
        if (startsWithIgnoringCase(block, label) && colonFollows(block, label.length())) {
          return true;
        }
      }
    }
    if (shape.words() <= MAX_REPORTING_CREDIT_WORDS) {
      for (String credit : REPORTING_CREDITS) {
        if (startsWithIgnoringCase(block, credit) && wordEndsAt(block, credit.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean colonFollows(String block, int position) {
    int index = position;
    while (index < block.length() && block.charAt(index) == ' ') {
      index++;
    }
    return index < block.length() && block.charAt(index) == ':';
  }

  /**
   * A line that is only a publication date or time: "2 March 2022, 13:44 | Updated: 2 March 2022, 15:19",
   * "Updated 3 hours ago". Every word is a number, a month or weekday, or dateline vocabulary.
   */
  private static boolean isDateline(String block) {
    boolean hasNumber = false;
    boolean hasAnchor = false;
    int length = block.length();
    int position = 0;
    while (position < length) {
      char c = block.charAt(position);
      if (!Character.isLetterOrDigit(c)) {
        if (c == ':' && position > 0 && position + 1 < length
            && isAsciiDigit(block.charAt(position - 1)) && isAsciiDigit(block.charAt(position + 1))) {
          hasAnchor = true;
        }
        position++;
        continue;
      }
      int end = position;
      while (end < length && Character.isLetterOrDigit(block.charAt(end))) {
        end++;
      }
      int digits = position;
      while (digits < end && isAsciiDigit(block.charAt(digits))) {
        digits++;
      }
      if (digits > position) {
        hasNumber = true;
      }
      if (digits < end) {
        String word = block.substring(digits, end).toLowerCase(Locale.ROOT);
        if (DateExtractor.monthNumber(word) != 0 || DATELINE_ANCHORS.contains(word)) {
          hasAnchor = true;
        } else if (!DATELINE_WORDS.contains(word)) {
          return false;
        }
      }
      position = end;
    }
    return hasNumber && (hasAnchor || DateExtractor.firstDate(block).isPresent());
  }

  /**
   * Navigation lists, related-story teasers and section menus: runs of at least MIN_NAVIGATION_RUN
   * blocks, at least MIN_NAVIGATION_LIKE of them navigation-like and at least two thirds of the
   * rest too, with at most MAX_NAVIGATION_GAP teaser captions in a row between them. Blocks another
   * rule dropped are transparent: they neither support a run nor break it, so a short lead paragraph
   * between "By ..." and "Listen to this article" is not taken for a caption. Each block is visited at
   * most twice, so this stays linear in the number of blocks.
   */
  private static void markNavigationRuns(BlockShape[] shapes, String[] verdicts) {
    int count = shapes.length;
    int start = 0;
    while (start < count) {
      if (verdicts[start] != null || !isNavigationLike(shapes[start])) {
        start++;
        continue;
      }
      int end = start + 1;
      int navigationLike = 1;
      int bridgedCaptions = 0;
      int pendingCaptions = 0;
      for (int next = start + 1; next < count; next++) {
        if (verdicts[next] != null) {
          continue;
        }
        if (isNavigationLike(shapes[next])) {
          navigationLike++;
          bridgedCaptions += pendingCaptions;
          pendingCaptions = 0;
          end = next + 1;
        } else if (shapes[next].words() <= MAX_CAPTION_WORDS
            && pendingCaptions < MAX_NAVIGATION_GAP
            && navigationLike >= MIN_NAVIGATION_LIKE_BEFORE_CAPTION) {
          pendingCaptions++;
        } else {
          break;
        }
      }
      boolean dense = 3 * navigationLike >= 2 * (navigationLike + bridgedCaptions);
      if (end - start >= MIN_NAVIGATION_RUN && navigationLike >= MIN_NAVIGATION_LIKE && dense) {
        // The first block is the headline: short and unpunctuated like navigation, but never boilerplate.
        for (int i = Math.max(start, 1); i < end; i++) {
          if (verdicts[i] == null) {
            verdicts[i] = NAVIGATION;
          }
        }
      }
      start = end;
    }
  }

  /** Without sentence punctuation and not long enough to be a body paragraph. */
  private static boolean isNavigationLike(BlockShape shape) {
    return !shape.endsSentence() && shape.words() <= MAX_UNPUNCTUATED_WORDS;
  }

  private static boolean startsWithIgnoringCase(String block, String lowerCasePrefix) {
    return block.regionMatches(true, 0, lowerCasePrefix, 0, lowerCasePrefix.length());
  }

  private static boolean wordEndsAt(String block, int position) {
    return position == block.length() || !Character.isLetterOrDigit(block.charAt(position));
  }

  private static boolean containsWordIgnoringCase(String block, String lowerCaseWord) {
    int last = block.length() - lowerCaseWord.length();
    for (int i = 0; i <= last; i++) {
      if (block.regionMatches(true, i, lowerCaseWord, 0, lowerCaseWord.length())
          && (i == 0 || !Character.isLetter(block.charAt(i - 1)))
          && (i == last || !Character.isLetter(block.charAt(i + lowerCaseWord.length())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** What the rules need to know about a block's form, computed in one pass. */
  private record BlockShape(int words, boolean hasLetter, boolean endsSentence) {
    static BlockShape of(String block) {
      int words = 0;
      boolean hasLetter = false;
      boolean inWord = false;
      for (int i = 0; i < block.length(); i++) {
        char c = block.charAt(i);
        if (Character.isWhitespace(c)) {
          inWord = false;
          continue;
        }
        if (!inWord) {
          words++;
          inWord = true;
        }
        hasLetter |= Character.isLetter(block.codePointAt(i));
      }
      return new BlockShape(words, hasLetter, endsSentence(block));
    }

    /** Ends in . ! or ?, possibly followed by closing quotes or brackets. */
    private static boolean endsSentence(String block) {
      int end = block.length() - 1;
      while (end >= 0 && isCloserOrSpace(block.charAt(end))) {
        end--;
      }
      if (end < 0) {
        return false;
      }
      char last = block.charAt(end);
      return last == '.' || last == '!' || last == '?';
    }

    private static boolean isCloserOrSpace(char c) {
      return c == '"' || c == '\'' || c == ')' || c == ']' || Character.isWhitespace(c);
    }
  }
}
