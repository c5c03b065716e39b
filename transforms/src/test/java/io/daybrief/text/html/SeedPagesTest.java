package io.daybrief.text.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed articles wrapped in page templates of our own, built here: every paragraph of prose
 * comes back, nothing of the template does, and the date is the page's.
 */
class SeedPagesTest {
  /** Surefire runs with the module directory as working directory. */
  private static final Path SEEDS = Path.of("..", "fixtures", "seeds");
  private static final int PROSE_CHARS = 80;

  private static final List<String> TEMPLATE_TEXT = List.of(
      "World news", "Subscribe to our newsletter", "Share on Facebook", "Copy link",
      "Markets rally as inflation cools", "A long read about the history",
      "I completely disagree with this analysis", "Reply", "Terms of use", "Advertisement",
      "Reporter covering Eastern Europe");

  static Stream<Path> seeds() throws IOException {
    return Files.list(SEEDS).filter(p -> p.getFileName().toString().endsWith(".txt")).sorted();
  }

  private static String escape(String text) {
    return Entities.escape(text);
  }

  private static String page(String date, List<String> paragraphs, boolean cards) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>")
        .append("<title>Seed article | The Example Times</title>")
        .append("<meta property='article:published_time' content='").append(date).append("T09:30:00+00:00'>")
        .append("</head><body>")
        .append("<header class='site-header'><div class='logo'><a href='/'>The Example Times</a></div>")
        .append("<nav class='main-nav'><ul><li><a href='/world'>World news</a></li><li><a href='/business'>Business</a></li>")
        .append("<li><a href='/sport'>Sport</a></li><li><a href='/culture'>Culture</a></li></ul></nav></header>")
        .append("<div class='newsletter-signup'><p>Subscribe to our newsletter and get the day's news every morning.</p></div>")
        .append("<main><article class='story'><h1>Seed article</h1>")
        .append("<div class='article-meta'><span class='byline'>By Jane Doe</span> <time datetime='").append(date)
        .append("'>").append(date).append("</time></div>")
        .append("<div class='share-tools'><a href='#'>Share on Facebook</a> <a href='#'>Copy link</a></div>")
        .append("<div class='story-body'>");
    for (int i = 0; i < paragraphs.size(); i++) {
      html.append("<p>").append(escape(paragraphs.get(i))).append("</p>");
      if (i == 2) {
        html.append("<div class='ad-container'><span>Advertisement</span></div>");
      }
    }
    html.append("</div><div class='author-bio'><p>Jane Doe is a Reporter covering Eastern Europe for The Example Times since 2015, based in Vienna.</p></div>")
        .append("</article>");
    if (cards) {
      html.append("<section><h2>More from the Times</h2><div class='grid'>")
          .append("<a class='card' href='/a'><div><h3>Markets rally as inflation cools</h3><p>Investors cheered the figures, which came in below expectations for a third month in a row.</p></div></a>")
          .append("<a class='card' href='/b'><div><h3>A long read about the history of the region</h3><p>From the empires to the present day, a history of borders drawn and redrawn over centuries.</p></div></a>")
          .append("</div></section>");
    } else {
      html.append("<aside class='related'><h2>Related</h2><ul><li><a href='/a'>Markets rally as inflation cools</a></li>")
          .append("<li><a href='/b'>A long read about the history of the region</a></li></ul></aside>");
    }
    html.append("<section id='comments' class='comments'><h2>3 comments</h2>")
        .append("<div class='comment'><p>I completely disagree with this analysis, the situation on the ground is very different from what is described here.</p><a href='#'>Reply</a></div>")
        .append("</section></main>")
        .append("<footer><p>© 2022 The Example Times. <a href='/terms'>Terms of use</a> <a href='/privacy'>Privacy</a></p></footer>")
        .append("</body></html>");
    return html.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theSeedComesBackWithoutTheTemplate(Path seed) throws Exception {
    String raw = Files.readString(seed, StandardCharsets.UTF_8);
    boolean dated = raw.startsWith(" date ");
    // an undated seed gets a date of the page's own
    String date = dated ? raw.substring(" date ".length(), " date ".length() + 10) : "2022-03-01";
    String text = dated ? raw.substring(" date YYYY-MM-DD ".length()) : raw;
    List<String> paragraphs = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        paragraphs.add(line.strip());
      }
    }
    for (boolean cards : new boolean[] {false, true}) {
      ExtractedArticle article = new ArticleExtractor()
          .extract(page(date, paragraphs, cards).getBytes(StandardCharsets.UTF_8), null, "https://example.test/" + seed.getFileName());
      List<String> lines = List.of(article.body().split("\n"));
      for (String paragraph : paragraphs) {
        if (paragraph.length() >= PROSE_CHARS) {
          assertTrue(lines.contains(paragraph), seed + ": missing '" + paragraph + "'");
        }
      }
      for (String template : TEMPLATE_TEXT) {
        assertFalse(article.body().contains(template), seed + ": template text '" + template + "' in the body");
      }
      assertEquals(date + "T09:30:00Z", article.published());
      assertEquals("Seed article", article.title());
    }
  }
}
