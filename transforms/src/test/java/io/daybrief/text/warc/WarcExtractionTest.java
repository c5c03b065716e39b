package io.daybrief.text.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.text.InvalidInputException;
import io.daybrief.text.html.ArticleExtractor;
import io.daybrief.text.html.ExtractedArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The path the job takes for a WARC file: records, pages, articles, and every record accounted for. */
class WarcExtractionTest {
  private static final String PARAGRAPH =
      "Le conseil municipal a voté mardi le prolongement du tram vers les quartiers nord, après trois ans de débats.";

  private static byte[] page(String title, String date) {
    return ("<html><head><title>" + title + "</title><meta property='article:published_time' content='" + date
        + "'></head><body><nav><a href='/'>Accueil</a></nav><article><h1>" + title + "</h1><p>" + PARAGRAPH
        + "</p></article></body></html>").getBytes(Charset.forName("windows-1252"));
  }

  @Test
  void pagesAreExtractedAndTheRestCounted() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Instant fetched = Instant.parse("2022-03-05T08:00:00Z");
    try (WarcWriter writer = new WarcWriter(out, true)) {
      writer.writeResponse("https://news.example/tram", fetched,
          WarcWriter.httpResponse(200, "text/html; charset=windows-1252", page("Tram", "2022-03-01T10:00:00+01:00")));
      writer.writeResponse("https://news.example/logo.png", fetched, WarcWriter.httpResponse(200, "image/png", new byte[] {1}));
      writer.writeResponse("https://news.example/empty", fetched,
          WarcWriter.httpResponse(200, "text/html", "<html><body><nav><a href='/'>x</a></nav></body></html>".getBytes(StandardCharsets.UTF_8)));
      // declared UTF-8, written in Windows-1252: rejected, not decoded with a guess
      writer.writeResponse("https://news.example/mislabelled", fetched,
          WarcWriter.httpResponse(200, "text/html; charset=utf-8", page("Mal", "2022-03-02")));
    }
    ArticleExtractor extractor = new ArticleExtractor();
    List<ExtractedArticle> articles = new ArrayList<>();
    Map<String, String> rejected = new TreeMap<>();
    Map<String, Integer> skipped = new TreeMap<>();
    try (WarcReader reader = WarcReader.openGzip(new ByteArrayInputStream(out.toByteArray()), 1 << 20)) {
      for (WarcEntry entry = reader.next(); entry != null; entry = reader.next()) {
        WarcPages.Outcome outcome = WarcPages.classify(entry, 1 << 20);
        if (outcome instanceof WarcPages.Page page) {
          try {
            articles.add(extractor.extract(page.html(), page.charset(), page.url()));
          } catch (InvalidInputException e) {
            rejected.put(page.url(), e.getMessage());
          }
        } else if (outcome instanceof WarcPages.Skipped skip) {
          skipped.merge(skip.kind(), 1, Integer::sum);
        } else if (outcome instanceof WarcPages.Rejected reject) {
          rejected.put(reject.url(), reject.reason());
        }
      }
    }
    assertEquals(1, articles.size());
    ExtractedArticle tram = articles.get(0);
    assertEquals("https://news.example/tram", tram.url());
    assertEquals("Tram", tram.title());
    assertEquals("2022-03-01T10:00:00+01:00", tram.published());
    assertEquals(PARAGRAPH, tram.body());
    assertEquals(Map.of("non-HTML response", 1), skipped);
    assertTrue(rejected.get("https://news.example/empty").startsWith("no article body: "));
    assertTrue(rejected.get("https://news.example/mislabelled").startsWith("not UTF-8 text: invalid byte sequence at offset "));
  }
}
