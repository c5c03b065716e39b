package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.text.warc.WarcPages;
import io.daybrief.text.warc.WarcWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on web pages, through the entry point of the command line: fixtures/seeds-html (the seed
 * articles in page templates of three made-up sites), and a {@code .warc.gz} built here from those
 * pages with the records a crawl also holds (requests, non-HTML responses) and a truncated one.
 */
class WebPagesEndToEndTest {
  static final Path SEEDS_HTML = Path.of("../fixtures/seeds-html");
  private static final Path GOLDEN = SeedsEndToEndTest.GOLDEN;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]+)\">");
  /** Text of the templates (navigation, share bars, comments, related links, footers), and what the text seeds must not show either. */
  private static final List<String> BOILERPLATE = List.of(
      "Skip to main content", "Share on", "Copy link", "Email this story", "Subscribe", "Sign in", "Advertisement",
      "Related coverage", "Markets rally", "Astronomers spot", "Comments (3)", "I completely disagree", "Reply",
      "Post comment", "Morning Brief", "Terms of use", "Cookie", "cookies", "All rights reserved", "Daily Example",
      "Example Times", "Example Wire", "Most read", "Heatwave warning", "More on this story", "Grain prices",
      "Explainer:", "app for breaking news", "Print", "RSS feeds", "LIVE:", "Also on", "bike lanes", "Comments are closed",
      "Redistribution", "Top stories", "Source link", "Leave a Comment", "Listen to this article", "Loading audio",
      "Read more:", "See more", "widget", "(new window)", "WATCH |", "More Latest News", "Crime & Police");

  @Test
  void seedPagesGiveTheDatesOfTheTextSeedsWithTheirUrlsAndNoTemplateText(@TempDir Path out) throws IOException {
    Runs run = Runs.main("--input=" + SEEDS_HTML, "--output=" + out, "--report=html");

    assertEquals(0, run.exitCode(), run.toString());
    assertFalse(run.out().contains("WARNING"), run.out());
    assertTrue(run.out().contains("\n  files       matched 5 = accepted 5 + rejected 0 + skipped (hidden) 0\n"), run.out());
    assertTrue(run.out().contains("\n  documents   read 5 = parsed 5 + rejected 0; parsed = accepted 5 + filtered out 0\n"), run.out());
    assertTrue(run.out().contains("\n  dates       explicit 3, from text 0, undated 2\n"), run.out());
    assertEquals("", Files.readString(out.resolve("rejected.jsonl")));
    Map<String, String> urls = canonicalUrls();
    List<JsonNode> summaries = summaries(out);
    // The dates of the text seeds' golden summaries, under the same defaults.
    List<String> textSeedDates = Files.readAllLines(GOLDEN).stream()
        .map(line -> readTree(line).get("date").asText()).toList();
    assertEquals(textSeedDates, summaries.stream().map(s -> s.get("date").asText()).toList());
    assertClean(summaries, urls);
    String digest = Files.readString(out.resolve("digest.html"));
    for (JsonNode summary : summaries) {
      for (JsonNode sentence : summary.get("sentences")) {
        String url = sentence.get("url").asText();
        assertTrue(digest.contains("<a href=\"" + url + "\" rel=\"noopener noreferrer\"><code>" + url + "</code></a>"), url);
      }
    }
  }

  @Test
  void aWarcOfThePagesGivesDocumentsByUrlAndCountsWhatItSkipsAndRejects(@TempDir Path input, @TempDir Path out)
      throws IOException {
    Map<String, String> urls = canonicalUrls();
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    List<String> names = Runs.listing(SEEDS_HTML);
    for (int i = 0; i < names.size(); i++) {
      String id = names.get(i).replace(".html", "");
      String url = urls.get(id);
      byte[] page = Files.readAllBytes(SEEDS_HTML.resolve(names.get(i)));
      warc.write(member(writer -> writer.writeRecord(request(url), ("GET " + url + " HTTP/1.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII))));
      warc.write(member(writer -> writer.writeResponse(url, FETCHED,
          WarcWriter.httpResponse(200, "text/html; charset=utf-8", page))));
      if (i == 2) {
        warc.write(member(writer -> writer.writeResponse("https://www.example.org/logo.png", FETCHED,
            WarcWriter.httpResponse(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}))));
      }
    }
    // An interrupted download: the last record is cut off.
    byte[] cut = member(writer -> writer.writeResponse("https://www.example.org/cut-off", FETCHED,
        WarcWriter.httpResponse(200, "text/html", ("<html><body><p>" + "Cut off in the middle. ".repeat(40) + "</p></body></html>")
            .getBytes(StandardCharsets.UTF_8))));
    long truncatedAt = warc.size();
    warc.write(Arrays.copyOf(cut, cut.length / 2));
    Path file = input.resolve("crawl.warc.gz");
    Files.write(file, warc.toByteArray());

    Runs run = Runs.main("--input=" + input, "--output=" + out);

    assertEquals(0, run.exitCode(), run.toString());
    assertFalse(run.out().contains("WARNING"), run.out());
    assertTrue(run.out().contains("\n  files       matched 1 = accepted 1 + rejected 0 + skipped (hidden) 0\n"), run.out());
    assertTrue(run.out().contains("\n  documents   read 12 = parsed 5 + rejected 1 + skipped (WARC records not pages) 6;"
        + " parsed = accepted 5 + filtered out 0\n"), run.out());
    assertTrue(run.out().contains("\n  dates       explicit 3, from text 0, from fetch time (WARC-Date) 2, undated 0\n"), run.out());
    assertTrue(run.out().contains("\n  skipped     6 WARC records: non-HTML-response 1, request 5\n"), run.out());
    List<String> rejected = Files.readAllLines(out.resolve("rejected.jsonl"));
    assertEquals(1, rejected.size(), rejected.toString());
    JsonNode truncated = JSON.readTree(rejected.get(0));
    assertEquals(truncatedAt, truncated.get("offset").asLong(), rejected.get(0));
    assertEquals(file.toAbsolutePath().toString(), truncated.get("source").asText());
    assertTrue(truncated.get("reason").asText().startsWith("truncated"), rejected.get(0));

    List<JsonNode> summaries = summaries(out);
    // The undated seed pages have no date of their own, nor one in their text: the fetch date is theirs.
    // 2022-03-01 holds the leading sentences of the 2 March article (dated by the day they report).
    assertEquals(List.of("2022-03-01", "2022-03-02", "2022-03-03", "2022-03-04"),
        summaries.stream().map(s -> s.get("date").asText()).toList());
    Map<String, String> urlsById = new TreeMap<>();
    urls.values().forEach(url -> urlsById.put(WarcPages.documentId(url), url));
    assertClean(summaries, urlsById);
  }

  private static final Instant FETCHED = Instant.parse("2022-03-04T06:00:00Z");

  private static Map<String, String> request(String url) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("WARC-Type", "request");
    headers.put("WARC-Target-URI", url);
    headers.put("WARC-Date", FETCHED.toString());
    headers.put("Content-Type", "application/http;msgtype=request");
    return headers;
  }

  private interface Write {
    void to(WarcWriter writer) throws IOException;
  }

  /** One record as its own gzip member. */
  private static byte[] member(Write write) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(bytes, true)) {
      write.to(writer);
    }
    return bytes.toByteArray();
  }

  /** Every sentence cites its page's URL and holds no template text. */
  private static void assertClean(List<JsonNode> summaries, Map<String, String> urlsById) {
    for (JsonNode summary : summaries) {
      assertFalse(summary.get("sentences").isEmpty(), summary.toString());
      for (JsonNode sentence : summary.get("sentences")) {
        String text = sentence.get("text").asText();
        assertEquals(urlsById.get(sentence.get("document").asText()), sentence.path("url").asText(null), sentence.toString());
        for (String boilerplate : BOILERPLATE) {
          assertFalse(text.contains(boilerplate), "template text '" + boilerplate + "' in: " + text);
        }
      }
    }
  }

  /** Document id (the file name without .html) to the page's canonical URL. */
  static Map<String, String> canonicalUrls() throws IOException {
    Map<String, String> urls = new TreeMap<>();
    for (String name : Runs.listing(SEEDS_HTML)) {
      Matcher canonical = CANONICAL.matcher(Files.readString(SEEDS_HTML.resolve(name)));
      assertTrue(canonical.find(), name);
      urls.put(name.replace(".html", ""), canonical.group(1));
    }
    return urls;
  }

  private static List<JsonNode> summaries(Path out) throws IOException {
    List<JsonNode> summaries = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("summaries.jsonl"))) {
      summaries.add(JSON.readTree(line));
    }
    return summaries;
  }

  private static JsonNode readTree(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
