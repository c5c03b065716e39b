package io.daybrief.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.text.NearDuplicates;
import io.daybrief.text.ParagraphExtractor;
import io.daybrief.text.SentenceSplitter;
import io.daybrief.text.TermAnalyzer;
import io.daybrief.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path directory;
  private static Path source;

  @BeforeAll
  static void writeSource() throws IOException {
    source = HandMadeSource.write(directory);
  }

  private static CorpusStats generate(String out, String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("--source=" + source, "--out=" + directory.resolve(out)));
    args.addAll(List.of(options));
    return GenerateCorpus.generate(GenerateCorpus.Options.parse(args.toArray(new String[0])));
  }

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
    generate("first.jsonl", "--size=60KB", "--seed=7");
    generate("again.jsonl", "--size=60KB", "--seed=7");
    generate("other.jsonl", "--size=60KB", "--seed=8");
    assertEquals(-1, Files.mismatch(directory.resolve("first.jsonl"), directory.resolve("again.jsonl")));
    assertNotEquals(-1, Files.mismatch(directory.resolve("first.jsonl"), directory.resolve("other.jsonl")));
  }

  @Test
  void sizeTargetIsMetWithinTwoPercentWithoutExceedingIt() throws IOException {
    CorpusStats stats = generate("sized.jsonl", "--size=250KB");
    long target = 250 * 1024;
    long size = Files.size(directory.resolve("sized.jsonl"));
    assertEquals(size, stats.bytes());
    assertTrue(size <= target && size >= 0.98 * target, "size " + size + " for target " + target);
  }

  @Test
  void articlesAreSpreadOverTheAskedDatesInOrder() throws IOException {
    generate("dated.jsonl", "--size=120KB", "--dates=10", "--first-date=2023-12-30");
    List<String> dates = records("dated.jsonl").stream().map(r -> r.get("date").asText()).toList();
    assertEquals("2023-12-30", dates.get(0));
    assertEquals("2024-01-08", dates.get(dates.size() - 1));
    assertEquals(10, new HashSet<>(dates).size());
    assertEquals(dates.stream().sorted().toList(), dates);
  }

  /**
   * Measures the rates on the written text with the job's own tests: exact copies by canonical
   * form, near copies by the near-duplicate test on term bigrams against every earlier sentence,
   * boilerplate by the boilerplate rules, plus the sites' footers.
   */
  @Test
  void duplicateAndBoilerplateRatesAreRoughlyTheAskedOnes() throws IOException {
    CorpusStats stats = generate("rates.jsonl", "--size=400KB", "--exact-dup-rate=0.1", "--near-dup-rate=0.05",
        "--boilerplate-rate=0.05");
    List<JsonNode> records = records("rates.jsonl");
    // In a corpus this small a site's footer repeats too rarely to tell it from syndicated copies by counting.
    Set<String> footers = new HashSet<>();
    Boilerplate.sites(CorpusGenerator.SITES, 2024, 1).forEach(site -> footers.add(site.footer()));
    ParagraphExtractor extractor = new ParagraphExtractor();
    SentenceSplitter splitter = new SentenceSplitter();
    NearDuplicates near = new NearDuplicates(NearDuplicates.Settings.DEFAULT);
    int bodyLines = 0;
    int boilerplate = 0;
    int exact = 0;
    int nearCopies = 0;
    Set<String> seen = new HashSet<>();
    List<int[]> earlierSentences = new ArrayList<>();
    try (TermAnalyzer analyzer = new TermAnalyzer()) {
      for (JsonNode record : records) {
        List<String> lines = lines(record);
        // With the title, as the job reads it: block 0 is the title, block i the line i - 1.
        Set<Integer> kept = new HashSet<>();
        extractor.extract(record.get("title").asText(), String.join("\n", lines)).kept()
            .forEach(block -> kept.add(block.position() - 1));
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          bodyLines++;
          String normalized = TextNormalizer.normalize(line);
          if (!kept.contains(i) || footers.contains(line)) {
            boilerplate++;
            continue;
          }
          if (!seen.add(TextNormalizer.canonical(normalized))) {
            exact++;
            continue;
          }
          boolean copy = false;
          List<int[]> sentences = new ArrayList<>();
          for (String sentence : splitter.split(normalized)) {
            int[] shingles = NearDuplicates.shingles(analyzer.terms(sentence));
            sentences.add(shingles);
            copy |= earlierSentences.stream().anyMatch(earlier -> near.isCopy(shingles, earlier));
          }
          nearCopies += copy ? 1 : 0;
          earlierSentences.addAll(sentences);
        }
      }
    }
    int paragraphs = bodyLines - boilerplate;
    assertEquals(stats.bodyParagraphs(), paragraphs);
    assertEquals(stats.boilerplateLines(), boilerplate);
    assertEquals(0.10, (double) exact / paragraphs, 0.025, "exact copies " + exact + " of " + paragraphs);
    assertEquals(0.05, (double) nearCopies / paragraphs, 0.02, "near copies " + nearCopies + " of " + paragraphs);
    assertEquals(0.05, (double) boilerplate / bodyLines, 0.01, "boilerplate " + boilerplate + " of " + bodyLines);
  }

  @Test
  void vocabularyGrowsWithCorpusSize() throws IOException {
    Set<String> sourceWords = words(HandMadeSource.ARTICLES);
    CorpusStats small = generate("small.jsonl", "--size=100KB");
    CorpusStats large = generate("large.jsonl", "--size=400KB");
    Set<String> smallWords = words(records("small.jsonl").stream().map(r -> r.get("text").asText()).toList());
    Set<String> largeWords = words(records("large.jsonl").stream().map(r -> r.get("text").asText()).toList());
    assertTrue(sourceWords.size() < smallWords.size(), sourceWords.size() + " source words, " + smallWords.size() + " generated");
    double growth = (double) largeWords.size() / smallWords.size();
    assertTrue(growth > 2 && growth <= 4, "4x the text has " + growth + "x the words");
    assertTrue(large.novelWords() > 3 * small.novelWords());
  }

  /** From a real-sized source, invented words follow Heaps' law once the source's own words are used up. */
  @Test
  void inventedWordsFollowHeapsLawBeyondTheSourceVocabulary() {
    Vocabulary vocabulary = new Vocabulary(1, new java.util.SplittableRandom(1));
    NovelWords sourceWords = new NovelWords(99);
    for (int i = 0; i < 2000; i++) {
      vocabulary.addSourceToken(sourceWords.next(false));
    }
    assertEquals(2000, vocabulary.sourceWordCount());
    long tokens = 5_000_000;
    for (int draw = 0; draw < 200_000; draw++) {
      vocabulary.replacement(Vocabulary.WordClass.WORD, tokens * draw / 200_000);
    }
    // 44 n^0.49 at n = 5 M is 84.5 k distinct words; the source has 2 k of them.
    assertEquals(Vocabulary.heapsTarget(tokens) - 2000, vocabulary.novelWordCount(), 20);
    assertEquals(84_500, Vocabulary.heapsTarget(tokens), 500);
  }

  @Test
  void plainTextFormatWritesOneFileWithADateHeaderPerArticle() throws IOException {
    CorpusStats stats = generate("text", "--size=40KB", "--format=text", "--dates=3");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory.resolve("text"))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertEquals(stats.documents(), files.size());
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
      String header = Files.readAllLines(file).get(0);
      String date = file.getParent().getFileName().toString();
      assertTrue(header.startsWith("date " + date + " "), header);
      assertTrue(file.getFileName().toString().endsWith(".txt"));
    }
    assertEquals(stats.bytes(), bytes);
  }

  @Test
  void badOptionsNameTheOption() {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> GenerateCorpus.Options.parse(new String[] {"--size=1MB"}));
    assertEquals("--out is required", missing.getMessage());
    IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
        () -> GenerateCorpus.Options.parse(new String[] {"--out=x", "--size=1MB", "--near-dup-rate=1.5"}));
    assertEquals("--near-dup-rate must be in [0, 1), was 1.5", rate.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> GenerateCorpus.Options.parse(new String[] {"--out=x", "--size=1MB", "--sise=2MB"}));
    assertEquals("unknown option --sise", unknown.getMessage());
  }

  private static List<JsonNode> records(String file) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(directory.resolve(file))) {
      records.add(JSON.readTree(line));
    }
    return records;
  }

  private static List<String> lines(JsonNode record) {
    return List.of(record.get("text").asText().split("\n"));
  }

  private static Set<String> words(List<String> texts) {
    Set<String> words = new HashSet<>();
    for (String text : texts) {
      for (String word : text.split("[^\\p{L}]+")) {
        if (!word.isEmpty()) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }
}
