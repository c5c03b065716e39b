package io.daybrief.text.html;

import io.daybrief.text.InvalidInputException;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news page to its article: title, publication date, body text and URL. Pure Java, no Beam; one
 * instance is stateless and may be shared between threads.
 */
public final class ArticleExtractor {
  /** A body this short is a teaser or a caption, not an article. */
  static final int MIN_BODY_CHARS = 80;

  /** A document that starts with a tag (after blanks, comments, an XML declaration). */
  private static final Pattern TAG_START = Pattern.compile("(?is)\\A(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s|[a-z])");
  /** Servers and scripts sometimes write a line before the page; the page's own tags still say HTML. */
  private static final Pattern HTML_TAG = Pattern.compile("(?i)<(?:!doctype\\s+html|html[\\s>]|body[\\s>])");

  public ArticleExtractor() {}

  /**
   * @param page the page as fetched
   * @param charsetHint the charset of the HTTP Content-Type header, or null
   * @param url the page's URL when known (a WARC record's target), else null
   * @throws InvalidInputException with the reason when the page is not HTML, does not decode in
   *     its charset, or holds no article body
   */
  public ExtractedArticle extract(byte[] page, String charsetHint, String url) throws InvalidInputException {
    return extract(HtmlDecoding.decode(page, charsetHint), url);
  }

  /** As {@link #extract(byte[], String, String)}, for a page already decoded. */
  public ExtractedArticle extract(String html, String url) throws InvalidInputException {
    if (!looksLikeHtml(html)) {
      throw new InvalidInputException("not HTML: " + describeStart(html));
    }
    Document document = Jsoup.parse(html, url == null ? "" : url);
    PageMetadata metadata = PageMetadata.of(document);
    Element body = document.body();
    String pageText = metadata.jsonLdBody == null ? "" : body.text();
    List<String> paragraphs = ArticleBody.paragraphs(body);
    String markupBody = String.join("\n", paragraphs);
    String chosen = JsonLdBody.preferred(metadata.jsonLdBody, markupBody, pageText);
    if (ArticleBody.visibleChars(chosen) < MIN_BODY_CHARS) {
      String title = metadata.title == null ? "untitled page" : "'" + shortened(metadata.title) + "'";
      throw new InvalidInputException("no article body: " + title + " has "
          + (chosen.isBlank() ? "no paragraph of text" : "only " + ArticleBody.visibleChars(chosen) + " characters of text"));
    }
    String pageUrl = url != null && !url.isBlank() ? url : metadata.url;
    return new ExtractedArticle(metadata.title, metadata.published, chosen, pageUrl);
  }

  static boolean looksLikeHtml(String text) {
    String start = text.length() > 4096 ? text.substring(0, 4096) : text;
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1);
    }
    return TAG_START.matcher(start).find() || HTML_TAG.matcher(start).find();
  }

  private static String describeStart(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return "only whitespace";
    }
    char first = stripped.charAt(0);
    if (first == '{' || first == '[') {
      return "looks like JSON";
    }
    if (stripped.startsWith("%PDF")) {
      return "looks like PDF";
    }
    return "starts with '" + shortened(stripped.lines().findFirst().orElse("")) + "'";
  }

  private static String shortened(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "…";
  }
}
