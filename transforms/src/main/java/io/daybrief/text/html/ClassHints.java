package io.daybrief.text.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say it is. Page templates name their parts: "comments",
 * "share-bar", "related-posts", "article-body". The words are general web vocabulary, never the
 * name of a site.
 */
final class ClassHints {
  /** Whole words that mark a part of the page that is not the article. */
  private static final Set<String> BOILERPLATE_WORDS = Set.of(
      "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "sponsored", "sponsor",
      "promo", "promos", "promotion", "promoted", "cta", "share", "shares", "sharing", "sharebar", "social",
      "comment", "comments", "related", "recommended", "recommendations", "newsletter", "subscribe",
      "subscription", "signup", "sidebar", "breadcrumb", "breadcrumbs", "pagination", "pager",
      "popup", "modal", "cookie", "cookies", "gdpr", "consent", "outbrain", "taboola", "trending",
      "popular", "nav", "navbar", "navigation", "menu", "footer", "masthead", "header", "head", "toolbar",
      "widget", "widgets", "tags", "keywords", "byline", "author", "authors", "print", "skip",
      "disqus", "banner", "login", "rating", "next", "prev", "previous", "jump",
      "toc", "timestamp", "dateline", "meta", "caption", "credit", "credits");

  /** Word stems that mark the same when run into other words ("relatedposts", "socialShare"). */
  private static final List<String> BOILERPLATE_STEMS = List.of(
      "comment", "share", "sharing", "social", "related", "recommend", "newsletter", "subscri",
      "sidebar", "breadcrumb", "pagination", "popup", "cookie", "outbrain", "taboola", "advert",
      "sponsor", "promo", "navbar", "navigation", "footer", "masthead", "disqus", "trending",
      "readmore", "visuallyhidden", "sronly", "screenreader");

  private static final Set<String> ARTICLE_WORDS = Set.of(
      "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose",
      "richtext", "column");

  private ClassHints() {}

  static boolean isBoilerplate(Element element) {
    List<String> words = words(element);
    for (String word : words) {
      if (BOILERPLATE_WORDS.contains(word) && !word.startsWith("commentar")) {
        return true;
      }
    }
    String joined = String.join("", words);
    if (joined.contains("commentar")) {
      return false; // commentary is an opinion article, not readers' comments
    }
    for (String stem : BOILERPLATE_STEMS) {
      if (joined.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** Readability's class weight: +25 for an article-like name, -25 for a boilerplate one. */
  static double weight(Element element) {
    double weight = 0;
    if (isBoilerplate(element)) {
      weight -= 25;
    }
    for (String word : words(element)) {
      if (ARTICLE_WORDS.contains(word)) {
        weight += 25;
        break;
      }
    }
    return weight;
  }

  /** Class, id and role split into lower-case words at separators and camel-case humps. */
  static List<String> words(Element element) {
    String raw = element.className() + " " + element.id() + " " + element.attr("role");
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char previous = ' ';
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean letterOrDigit = Character.isLetterOrDigit(c);
      boolean hump = Character.isUpperCase(c) && Character.isLowerCase(previous);
      if (!letterOrDigit || hump) {
        if (word.length() > 0) {
          words.add(word.toString().toLowerCase(Locale.ROOT));
          word.setLength(0);
        }
      }
      if (letterOrDigit) {
        word.append(c);
      }
      previous = c;
    }
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
