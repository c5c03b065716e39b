package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.digest.DigestWriter;
import io.daybrief.digest.ReportFormat;
import io.daybrief.transforms.Counters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --report} on the seed articles, through the same entry point as the command line. */
class DigestEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void reportWritesDateCountsAndADigestOfEveryDate(@TempDir Path out) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    SummarizeOptions options = Main.parse(new String[] {
        "--input=" + SeedsEndToEndTest.SEEDS, "--output=" + out, "--report=html"});
    RunReport report = DaybriefJob.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertEquals(Files.readString(SeedsEndToEndTest.GOLDEN), Files.readString(out.resolve("summaries.jsonl")),
        "the digest changes no other output");
    List<JsonNode> dates = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("dates.jsonl"))) {
      dates.add(JSON.readTree(line));
    }
    List<JsonNode> summaries = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("summaries.jsonl"))) {
      summaries.add(JSON.readTree(line));
    }
    assertEquals(summaries.stream().map(s -> s.get("date").asText() + " " + s.get("documents").asInt()).toList(),
        dates.stream().map(d -> d.get("date").asText() + " " + d.get("documents").asInt()).toList());
    long keptAfterDedupe = dates.stream().mapToLong(d -> d.get("paragraphs").asLong()).sum();
    assertTrue(keptAfterDedupe > 0 && keptAfterDedupe < report.get(Counters.PARAGRAPHS_KEPT),
        "dedupe drops some of the paragraphs boilerplate removal kept: " + keptAfterDedupe);

    String html = Files.readString(out.resolve("digest.html"));
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains("  digest      " + out.resolve("digest.html")));
    for (JsonNode summary : summaries) {
      assertTrue(html.contains("data-date=\"" + summary.get("date").asText() + "\""));
      for (JsonNode sentence : summary.get("sentences")) {
        assertTrue(html.contains("title=\"" + sentence.get("document").asText() + "\""));
      }
    }
    assertEquals(summaries.size(), html.split("<a class=\"mark\"", -1).length - 1, "one chart mark per date");

    String markdown = Files.readString(Path.of(DigestWriter.write(ReportFormat.md, out.toString())));
    // 1 March has no article: the leads of 2 March report on the day before (issue 17).
    assertTrue(markdown.startsWith("# Daily digest: 1–3 March 2022\n"), markdown);
    // Three dated days, one key date: 2 and 3 March tie on importance (2), the earlier wins.
    assertTrue(markdown.contains("\n## Wednesday, 2 March 2022 ★ key date\n") && markdown.contains("\n## Undated\n"), markdown);
    assertEquals(1, markdown.split("★ key date", -1).length - 1, markdown);
    assertEquals(1, html.split("★ key date", -1).length - 1, "one key date in the page");
    try (var files = Files.list(out)) {
      assertFalse(files.anyMatch(file -> file.getFileName().toString().startsWith(".")), "no temporary file left");
    }
  }

  @Test
  void withoutReportNothingExtraIsWritten(@TempDir Path out) throws IOException {
    SeedsEndToEndTest.run(out);
    assertFalse(Files.exists(out.resolve("dates.jsonl")));
    assertFalse(Files.exists(out.resolve("digest.html")));
  }
}
