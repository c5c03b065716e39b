package io.daybrief.text.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.daybrief.text.DateExtractor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, publication date, URL and JSON-LD article fields: what the page states about itself. */
final class PageMetadata {
  private static final ObjectMapper LENIENT_JSON = JsonMapper.builder()
      // JSON-LD is hand-templated on many sites: raw line breaks in strings, trailing commas, comments.
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .enable(JsonParser.Feature.ALLOW_COMMENTS)
      .build();

  /** Meta names and properties that carry the publication time, most specific first. */
  private static final List<String> PUBLISHED_META = List.of(
      "article:published_time", "og:article:published_time", "datepublished", "article.published",
      "published_time", "publish-date", "publishdate", "publish_date", "pubdate", "parsely-pub-date",
      "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "date",
      "og:published_time", "article:modified_time");

  private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

  final String title;
  final String published;
  final String url;
  /** The JSON-LD {@code articleBody} of the page's article, or null. */
  final String jsonLdBody;

  private PageMetadata(String title, String published, String url, String jsonLdBody) {
    this.title = title;
    this.published = published;
    this.url = url;
    this.jsonLdBody = jsonLdBody;
  }

  static PageMetadata of(Document document) {
    List<JsonNode> articles = jsonLdArticles(document);
    String jsonLdTitle = firstText(articles, "headline");
    String jsonLdDate = firstText(articles, "datePublished");
    String jsonLdBody = firstText(articles, "articleBody");
    return new PageMetadata(
        title(document, jsonLdTitle), published(document, jsonLdDate), url(document), jsonLdBody);
  }

  private static String title(Document document, String jsonLdTitle) {
    String og = metaContent(document, "og:title");
    if (og != null) {
      return og;
    }
    if (jsonLdTitle != null) {
      return jsonLdTitle;
    }
    Element h1 = document.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    String title = document.title().strip();
    return title.isEmpty() ? null : title;
  }

  private static String url(Document document) {
    Element canonical = document.selectFirst("link[rel=canonical][href]");
    if (canonical != null && !canonical.attr("href").isBlank()) {
      String absolute = canonical.absUrl("href");
      return absolute.isEmpty() ? canonical.attr("href").strip() : absolute;
    }
    return metaContent(document, "og:url");
  }

  private static String published(Document document, String jsonLdDate) {
    List<String> candidates = new ArrayList<>();
    for (String name : PUBLISHED_META) {
      String value = metaContent(document, name);
      if (value != null) {
        candidates.add(value);
      }
      if (name.equals("article:published_time") || name.equals("datepublished")) {
        // JSON-LD is as explicit as the Open Graph property and more common than the rest.
        if (jsonLdDate != null) {
          candidates.add(jsonLdDate);
        }
      }
    }
    for (Element element : document.select("[itemprop=datePublished]")) {
      candidates.add(element.hasAttr("content") ? element.attr("content") : element.attr("datetime"));
    }
    for (Element time : document.select("time[datetime]")) {
      candidates.add(time.attr("datetime"));
    }
    for (String candidate : candidates) {
      Optional<String> normalized = normalizedDate(candidate);
      if (normalized.isPresent()) {
        return normalized.get();
      }
    }
    return null;
  }

  /**
   * A date value as an ISO date or timestamp the job can reduce; empty when it is not a date.
   * Pages write "+0000" offsets, "2019-11-20 10:15:00" and RFC 1123 dates as well as ISO.
   */
  static Optional<String> normalizedDate(String raw) {
    String value = raw == null ? "" : raw.strip();
    if (value.isEmpty() || value.length() > 64) {
      return Optional.empty();
    }
    if (value.length() == 10) {
      try {
        return Optional.of(LocalDate.parse(value).toString());
      } catch (DateTimeParseException e) {
        // not an ISO date; tried as text below
      }
    }
    String iso = value.length() > 10 && value.charAt(10) == ' '
        ? value.substring(0, 10) + 'T' + value.substring(11).strip()
        : value;
    iso = iso.replace(" ", "");
    Matcher offset = OFFSET_WITHOUT_COLON.matcher(iso);
    if (iso.length() > 16 && offset.find()) {
      iso = iso.substring(0, offset.start()) + offset.group(1) + ":" + offset.group(2);
    }
    try {
      OffsetDateTime timestamp = OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return Optional.of(timestamp.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      // without offset, or not ISO
    }
    try {
      return Optional.of(LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    } catch (DateTimeParseException e) {
      // not a local ISO timestamp
    }
    try {
      ZonedDateTime rfc = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      return Optional.of(rfc.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      // not RFC 1123
    }
    if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
      try {
        return Optional.of(LocalDate.parse(value.substring(0, 10)).toString());
      } catch (DateTimeParseException e) {
        // not a date prefix
      }
    }
    return DateExtractor.firstDate(value).map(LocalDate::toString);
  }

  static String metaContent(Document document, String name) {
    for (Element meta : document.select("meta[content]")) {
      String key = meta.hasAttr("property") ? meta.attr("property")
          : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
      if (key.strip().toLowerCase(Locale.ROOT).equals(name)) {
        String content = meta.attr("content").strip();
        if (!content.isEmpty()) {
          return content;
        }
      }
    }
    return null;
  }

  /** The JSON-LD objects whose {@code @type} is an article of some kind, in page order. */
  static List<JsonNode> jsonLdArticles(Document document) {
    List<JsonNode> articles = new ArrayList<>();
    for (Element script : document.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = LENIENT_JSON.readTree(script.data());
      } catch (Exception e) {
        continue; // a broken JSON-LD block says nothing; the page's markup still does
      }
      collectArticles(root, articles, 0);
    }
    return articles;
  }

  private static void collectArticles(JsonNode node, List<JsonNode> articles, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        collectArticles(child, articles, depth + 1);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (isArticleType(node.get("@type"))) {
      articles.add(node);
    }
    collectArticles(node.get("@graph"), articles, depth + 1);
    collectArticles(node.get("mainEntity"), articles, depth + 1);
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode each : type) {
        if (isArticleType(each)) {
          return true;
        }
      }
      return false;
    }
    String name = type.asText().toLowerCase(Locale.ROOT);
    return name.endsWith("article") || name.endsWith("posting") || name.equals("report");
  }

  private static String firstText(List<JsonNode> articles, String field) {
    for (JsonNode article : articles) {
      JsonNode value = article.get(field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return value.asText().strip();
      }
    }
    return null;
  }
}
