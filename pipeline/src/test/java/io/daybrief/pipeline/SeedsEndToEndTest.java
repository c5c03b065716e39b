package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.text.NearDuplicates;
import io.daybrief.text.SentenceSplitter;
import io.daybrief.text.TermAnalyzer;
import io.daybrief.text.TextNormalizer;
import io.daybrief.transforms.Counters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job end to end on the seed articles, through the same entry point as the command line.
 * Set {@code -Ddaybrief.updateGolden=true} to rewrite the golden file after an intended change.
 */
class SeedsEndToEndTest {
  static final Path SEEDS = Path.of("../fixtures/seeds");
  static final Path GOLDEN = Path.of("../fixtures/expected/seeds/summaries.jsonl");
  private static final List<String> BOILERPLATE = List.of(
      "Source link", "Leave a Comment", "Listen to this article", "Loading audio", "Read more:", "See more",
      "widget", "(new window)", "WATCH |", "More Latest News", "Crime & Police");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void directRunnerMatchesTheGoldenFile(@TempDir Path out) throws IOException {
    RunReport report = run(out);
    byte[] actual = Files.readAllBytes(out.resolve("summaries.jsonl"));
    if (Boolean.getBoolean("daybrief.updateGolden")) {
      Files.write(GOLDEN, actual);
    }
    assertEquals(Files.readString(GOLDEN), new String(actual, StandardCharsets.UTF_8));
    assertEquals("", Files.readString(out.resolve("rejected.jsonl")));
    assertEquals(5, report.get(Counters.DOCUMENTS_READ));
    assertEquals(5, report.get(Counters.DOCUMENTS_ACCEPTED));
    // 2022-03-01 has no article: the leads of 2022-03-02's report on the day before too (issue 17).
    assertEquals(4, report.get(Counters.DATES_SUMMARIZED));
    assertTrue(report.get(Counters.DUPLICATES_EXACT) > 0, "the seeds repeat paragraphs of each other");
  }

  @Test
  void summariesHoldWhatAReaderExpects(@TempDir Path out) throws IOException {
    run(out);
    List<JsonNode> summaries = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("summaries.jsonl"))) {
      summaries.add(JSON.readTree(line));
    }
    assertEquals(List.of("2022-03-01", "2022-03-02", "2022-03-03", "undated"),
        summaries.stream().map(s -> s.get("date").asText()).toList());
    assertEquals(List.of(0, 1, 2, 2), summaries.stream().map(s -> s.get("documents").asInt()).toList(),
        "documents counts the articles published on the date, not the ones reporting on it");
    Map<String, String> documents = normalizedSeeds();
    for (JsonNode summary : summaries) {
      Set<String> seen = new HashSet<>();
      assertFalse(summary.get("sentences").isEmpty(), summary.toString());
      for (JsonNode sentence : summary.get("sentences")) {
        String text = sentence.get("text").asText();
        assertTrue(seen.add(text), "repeated within a date: " + text);
        for (String boilerplate : BOILERPLATE) {
          assertFalse(text.toLowerCase().contains(boilerplate.toLowerCase()), "boilerplate: " + text);
        }
        String cited = documents.get(sentence.get("document").asText());
        assertTrue(cited != null && cited.contains(text), "not verbatim in its document: " + text);
      }
    }
  }

  /** 000 and 001 are the same CBC story on 2022-03-03, 002 an AP version of it (undated, so later). */
  @Test
  void noSummarySentenceCopiesAnEarlierSeed(@TempDir Path out) throws IOException {
    run(out);
    Map<String, List<int[]>> shinglesBySeed = new HashMap<>();
    for (String seed : List.of("000_80c4707803dd9771", "001_eff9f256ee551618")) {
      shinglesBySeed.put(seed, sentenceShingles(Files.readString(SEEDS.resolve(seed + ".txt"))));
    }
    NearDuplicates near = new NearDuplicates(NearDuplicates.Settings.DEFAULT);
    int checked = 0;
    for (String line : Files.readAllLines(out.resolve("summaries.jsonl"))) {
      for (JsonNode sentence : JSON.readTree(line).get("sentences")) {
        String document = sentence.get("document").asText();
        int[] shingles = sentenceShingles(sentence.get("text").asText()).get(0);
        for (Map.Entry<String, List<int[]>> earlier : shinglesBySeed.entrySet()) {
          // Seed ids sort in the order the copies are kept: 000 before 001 before 002.
          boolean isLaterCopyOfTheStory = document.startsWith("001_") || document.startsWith("002_");
          if (!isLaterCopyOfTheStory || earlier.getKey().compareTo(document) >= 0) {
            continue;
          }
          checked++;
          for (int[] earlierSentence : earlier.getValue()) {
            assertFalse(near.isCopy(shingles, earlierSentence),
                document + " repeats " + earlier.getKey() + ": " + sentence.get("text").asText());
          }
        }
      }
    }
    assertTrue(checked > 0, "some summary sentences come from 001 or 002");
  }

  private static List<int[]> sentenceShingles(String text) {
    List<int[]> shingles = new ArrayList<>();
    SentenceSplitter splitter = new SentenceSplitter();
    try (TermAnalyzer analyzer = new TermAnalyzer()) {
      for (String line : text.split("\n")) {
        for (String sentence : splitter.split(TextNormalizer.normalize(line))) {
          shingles.add(NearDuplicates.shingles(analyzer.terms(sentence)));
        }
      }
    }
    return shingles;
  }

  static RunReport run(Path out, String... extraArgs) throws IOException {
    List<String> args = new ArrayList<>(List.of("--input=" + SEEDS, "--output=" + out));
    args.addAll(List.of(extraArgs));
    SummarizeOptions options = Main.parse(args.toArray(new String[0]));
    return DaybriefJob.run(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  /** Each seed's lines normalized the way the pipeline normalizes them, keyed by document id. */
  private static Map<String, String> normalizedSeeds() throws IOException {
    Map<String, String> documents = new HashMap<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.toList()) {
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
          text.append(TextNormalizer.normalize(line)).append('\n');
        }
        documents.put(file.getFileName().toString().replace(".txt", ""), text.toString());
      }
    }
    return documents;
  }
}
