package io.daybrief.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionToolsTest {
  private static final String ARTICLE =
      "The city council voted on Tuesday to extend the tram line to the northern suburbs, ending a long dispute.";
  private static final String PAGE = "<html><body><nav><a href='/'>Home</a></nav><article><h1>Trams</h1><p>"
      + ARTICLE + "</p></article><footer>© Example</footer></body></html>";

  @TempDir
  Path dir;

  private static void gzip(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private record Run(int status, String out, String err) {}

  private static Run extract(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ExtractMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run evaluate(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = EvaluateExtractionMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void extractWritesTheBenchmarkFormatByFileId() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    gzip(pages.resolve("a1.html.gz"), PAGE);
    Files.writeString(pages.resolve("b2.htm"), PAGE);
    Files.writeString(pages.resolve("c3.html"), "{\"not\": \"html\"}");
    Files.writeString(pages.resolve("notes.txt"), "ignored");
    Run run = extract(pages.toString());
    assertEquals(0, run.status(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(3, json.size());
    assertEquals(ARTICLE, json.path("a1").path("articleBody").asText());
    assertEquals(ARTICLE, json.path("b2").path("articleBody").asText());
    assertEquals("", json.path("c3").path("articleBody").asText());
    assertTrue(run.err().contains("c3.html: not HTML: looks like JSON"), run.err());
  }

  @Test
  void extractWritesToAFileWithJson() throws IOException {
    Path page = dir.resolve("one.html");
    Files.writeString(page, PAGE);
    Path out = dir.resolve("out/predictions.json");
    Run run = extract("--json", out.toString(), page.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out());
    assertEquals(ARTICLE, new ObjectMapper().readTree(out.toFile()).path("one").path("articleBody").asText());
  }

  @Test
  void extractNeedsAnInput() {
    assertEquals(2, extract().status());
    assertEquals(2, extract("--nope", "x").status());
    assertEquals(1, extract(dir.resolve("missing").toString()).status());
  }

  @Test
  void evaluatePrintsTheFiguresAndWritesPerPageJson() throws IOException {
    Path html = Files.createDirectories(dir.resolve("set/html"));
    gzip(html.resolve("good.html.gz"), PAGE);
    gzip(html.resolve("empty.html.gz"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
    Files.writeString(dir.resolve("set/ground-truth.json"),
        "{\"good\": {\"articleBody\": \"" + ARTICLE + "\"}, \"empty\": {\"articleBody\": \"Some text that was there.\"}}");
    Path report = dir.resolve("report.json");
    Run run = evaluate(dir.resolve("set").toString(), "--json", report.toString());
    assertEquals(0, run.status(), run.err());
    // precision over the one page that predicted something, recall over both
    assertTrue(run.out().contains("precision  1.000"), run.out());
    assertTrue(run.out().contains("recall     0.500"), run.out());
    assertTrue(run.out().contains("F1         0.667"), run.out());
    assertTrue(run.out().contains("accuracy   0.500"), run.out());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals(2, json.path("pages").asInt());
    assertEquals(1.0, json.path("perPage").path("good").path("f1").asDouble());
    assertTrue(json.path("perPage").path("empty").path("rejected").asText().startsWith("no article body"));
  }

  @Test
  void evaluateNeedsAGroundTruth() {
    assertEquals(1, evaluate(dir.toString()).status());
    assertEquals(2, evaluate().status());
  }
}
