package io.daybrief.text.html;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * When to take a page's JSON-LD {@code articleBody} instead of the text found in its markup.
 * Publishers fill it from their content system, but on the benchmark's pages it was worse than
 * the markup on four pages out of five that had one (teasers, captions and credits run in, no
 * paragraph breaks). So it is a fallback: taken only when the markup gave much less text, as on
 * pages that render the article with script, and only when its words are on the page, so that a
 * stale or foreign body is not taken.
 */
final class JsonLdBody {
  /** The markup's text must be at least this share of the JSON-LD body's to be preferred. */
  static final double MARKUP_SHARE = 0.5;
  /** Share of the JSON-LD body's words that must occur in the page's markup. */
  static final double WORDS_ON_PAGE = 0.8;

  private JsonLdBody() {}

  static String preferred(String jsonLdBody, String markupBody, String pageText) {
    if (jsonLdBody == null) {
      return markupBody;
    }
    String text = jsonLdBody.contains("<") ? Jsoup.parse(jsonLdBody).body().wholeText() : jsonLdBody;
    String paragraphs = paragraphs(text);
    int jsonLdChars = ArticleBody.visibleChars(paragraphs);
    if (jsonLdChars < ArticleExtractor.MIN_BODY_CHARS
        || ArticleBody.visibleChars(markupBody) >= MARKUP_SHARE * jsonLdChars
        || shareOfWordsIn(paragraphs, pageText) < WORDS_ON_PAGE) {
      return markupBody;
    }
    return paragraphs;
  }

  private static String paragraphs(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\\R")) {
      String collapsed = ArticleBody.collapse(line).strip();
      if (!collapsed.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(collapsed);
      }
    }
    return out.toString();
  }

  private static double shareOfWordsIn(String body, String pageText) {
    Set<String> pageWords = new HashSet<>(words(pageText));
    List<String> bodyWords = words(body);
    if (bodyWords.isEmpty()) {
      return 0;
    }
    int found = 0;
    for (String word : bodyWords) {
      if (pageWords.contains(word)) {
        found++;
      }
    }
    return (double) found / bodyWords.size();
  }

  private static List<String> words(String text) {
    return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
  }
}
