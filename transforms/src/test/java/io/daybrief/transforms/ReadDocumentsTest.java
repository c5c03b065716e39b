package io.daybrief.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.text.DateFilter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class ReadDocumentsTest {
  private static final ReadDocuments.Settings SETTINGS = new ReadDocuments.Settings("Europe/Kyiv", 200, 4);

  @Test
  void readsEveryFormatAndRejectsWhatItCannotUse(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    write(dir.resolve("a.txt"), " date 2022-03-03 The latest:\nMore than 1 million people have fled Ukraine.");
    write(dir.resolve("b"), "No header here.\nSecond line.");
    write(dir.resolve("c.jsonl"), String.join("\n",
        "{\"id\":\"c1\",\"date\":\"2022-03-02T23:30:00Z\",\"title\":\"Title\",\"text\":\"First.\"}",
        "{\"id\":\"c2\", \"text\": broken",
        "",
        "{\"text\":\"No id or date.\"}",
        "[1,2]",
        "{\"id\":\"c5\",\"date\":\"yesterday\",\"text\":\"Bad date.\"}",
        "{\"id\":\"c6\",\"date\":\"2999-01-01\",\"text\":\"Far future.\"}",
        "{\"id\":\"c7\",\"text\":\"" + "x".repeat(200) + "\"}",
        "{\"id\":\"c8\",\"title\":\"No text\"}"));
    Files.write(dir.resolve("d.txt.gz"), gzip(" date 2022-03-01 Compressed article."));
    Files.write(dir.resolve("e.bin"), new byte[] {1, 2, 3});
    Files.write(dir.resolve("f.txt"), new byte[] {'P', 'K', 0, 1});
    write(dir.resolve("g.txt"), "  \n ");
    write(dir.resolve("h.txt"), "");
    byte[] article = gzip("An article that was cut off in the middle of its download.");
    Files.write(dir.resolve("i.txt.gz"), Arrays.copyOf(article, article.length / 2));
    write(dir.resolve("k.txt"), "A long article. ".repeat(20));
    write(dir.resolve("l.jsonl"), "");
    write(dir.resolve("m.jsonl"), "\n  \n");
    Files.write(dir.resolve("n.txt"), "\uFEFFUTF-16 text, Київ.".getBytes(StandardCharsets.UTF_16LE));
    write(dir.resolve(".hidden.txt"), "never read");
    write(dir.resolve("_SUCCESS"), "");

    PCollectionTuple read = pipeline.apply(ReadDocuments.from(List.of(dir.toString()), SETTINGS));

    String base = dir.toAbsolutePath() + "/";
    PAssert.that(read.get(ReadDocuments.DOCUMENTS)).containsInAnyOrder(
        new Document("a", "2022-03-03", "", "The latest:\nMore than 1 million people have fled Ukraine.", base + "a.txt"),
        new Document("b", null, "", "No header here.\nSecond line.", base + "b"),
        new Document("c1", "2022-03-03", "Title", "First.", base + "c.jsonl:1"),
        new Document("c:4", null, "", "No id or date.", base + "c.jsonl:4"),
        new Document("d", "2022-03-01", "", "Compressed article.", base + "d.txt.gz"),
        new Document("n", null, "", "UTF-16 text, Київ.", base + "n.txt"));
    PAssert.that(
            read.get(ReadDocuments.REJECTED)
                .apply(MapElements.into(TypeDescriptors.strings())
                    .via((Rejected r) -> r.source().substring(base.length()) + "|" + r.line() + "|" + r.reason())))
        .containsInAnyOrder(
            "c.jsonl|2|malformed JSON: Unrecognized token 'broken': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            "c.jsonl|5|not a JSON object",
            "c.jsonl|6|invalid date 'yesterday'",
            "c.jsonl|7|date out of range '2999-01-01' (years 1900 to 2100)",
            "c.jsonl|8|line too long: more than 200 bytes (--maxDocumentBytes)",
            "c.jsonl|9|missing text",
            "e.bin|0|unsupported file type '.bin' (expected .txt, .jsonl, .html, .warc, no extension, or those with .gz/.bz2)",
            "f.txt|0|binary content: NUL byte at offset 2",
            "g.txt|0|no text: only whitespace",
            "h.txt|0|empty file",
            "i.txt.gz|0|truncated or corrupt compressed file: unexpected end of data",
            "k.txt|0|too large: more than 200 bytes (--maxDocumentBytes)",
            "l.jsonl|0|empty file",
            "m.jsonl|0|no records: only blank lines");
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();

    Map<String, Long> counters = counters(result);
    assertEquals(15, counters.get(Counters.FILES_MATCHED));
    assertEquals(2, counters.get(Counters.FILES_SKIPPED));
    assertEquals(5, counters.get(Counters.FILES_ACCEPTED), "a, b, c, d, n");
    assertEquals(8, counters.get(Counters.FILES_REJECTED));
    assertEquals(12, counters.get(Counters.DOCUMENTS_READ), "a, b, d, n and the 8 non-blank lines of c");
    assertEquals(6, counters.get(Counters.DOCUMENTS_PARSED));
    assertEquals(6, counters.get(Counters.DOCUMENTS_REJECTED));
    assertEquals(14, counters.get(Counters.REJECTED_RECORDS));
  }

  @Test
  void aLargeFileIsReadInRangesWithTheLineNumbersOfTheWholeFile(TestPipeline pipeline, @TempDir Path dir)
      throws IOException {
    write(dir.resolve("c.jsonl"), String.join("\n",
        "{\"id\":\"c1\",\"date\":\"2022-03-02T23:30:00Z\",\"title\":\"Title\",\"text\":\"First.\"}",
        "{\"id\":\"c2\", \"text\": broken",
        "",
        "{\"text\":\"No id or date.\"}",
        "\r",
        "{\"id\":\"c6\",\"text\":\"" + "x".repeat(200) + "\"}",
        "{\"id\":\"c7\",\"text\":\"Last.\"}"));
    ReadDocuments.Settings inRanges = new ReadDocuments.Settings("Europe/Kyiv", 200, 4, 30);

    PCollectionTuple read = pipeline.apply(ReadDocuments.from(List.of(dir.toString()), inRanges));

    String base = dir.toAbsolutePath() + "/";
    PAssert.that(read.get(ReadDocuments.DOCUMENTS)).containsInAnyOrder(
        new Document("c1", "2022-03-03", "Title", "First.", base + "c.jsonl:1"),
        new Document("c:4", null, "", "No id or date.", base + "c.jsonl:4"),
        new Document("c7", null, "", "Last.", base + "c.jsonl:7"));
    PAssert.that(
            read.get(ReadDocuments.REJECTED)
                .apply(MapElements.into(TypeDescriptors.strings())
                    .via((Rejected r) -> r.source().substring(base.length()) + "|" + r.line() + "|" + r.reason())))
        .containsInAnyOrder(
            "c.jsonl|2|malformed JSON: Unrecognized token 'broken': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            "c.jsonl|6|line too long: more than 200 bytes (--maxDocumentBytes)");
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();

    Map<String, Long> counters = counters(result);
    assertEquals(1, counters.get(Counters.FILES_MATCHED));
    assertEquals(1, counters.get(Counters.FILES_ACCEPTED));
    assertEquals(5, counters.get(Counters.DOCUMENTS_READ));
    assertEquals(3, counters.get(Counters.DOCUMENTS_PARSED));
    assertEquals(2, counters.get(Counters.DOCUMENTS_REJECTED));
  }

  @Test
  void theRecordsBeforeATruncationAreUsedAndTheFileIsRejected(TestPipeline pipeline, @TempDir Path dir)
      throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 400; i++) {
      lines.append("{\"id\":\"r").append(i).append("\",\"text\":\"Record ").append(i * 7919 % 1000).append(".\"}\n");
    }
    byte[] whole = gzip(lines.toString());
    Files.write(dir.resolve("wire.jsonl.gz"), Arrays.copyOf(whole, whole.length * 3 / 4));

    PCollectionTuple read = pipeline.apply(ReadDocuments.from(List.of(dir.resolve("*.gz").toString()), SETTINGS));

    PAssert.that(read.get(ReadDocuments.REJECTED)).satisfies(rejected -> {
      Rejected only = rejected.iterator().next();
      assertTrue(only.reason().startsWith("truncated or corrupt compressed file after line "), only.reason());
      assertEquals(0, only.line());
      return null;
    });
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    Map<String, Long> counters = counters(result);
    assertTrue(counters.get(Counters.DOCUMENTS_PARSED) > 100, counters.toString());
    assertEquals(counters.get(Counters.DOCUMENTS_READ), counters.get(Counters.DOCUMENTS_PARSED));
    assertEquals(1, counters.get(Counters.FILES_REJECTED));
  }

  /** Partitions of other dates are counted and never opened: their content here would be rejected. */
  @Test
  void partitionsOutsideTheDatesAreNotRead(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    write(Files.createDirectories(dir.resolve("date=2022-03-03")).resolve("a.jsonl"), "{\"id\":\"a\",\"text\":\"Kept.\"}");
    write(Files.createDirectories(dir.resolve("date=2022-03-02")).resolve("b.jsonl"), "not json");
    write(Files.createDirectories(dir.resolve("2022/03/01")).resolve("c.txt"), "\u0000binary");
    write(dir.resolve("d.txt"), "No partition: always read.");
    DateFilter march3 = new DateFilter(null, null, false).onlyDates(Set.of(LocalDate.parse("2022-03-03")));

    PCollectionTuple read = pipeline.apply(ReadDocuments.from(List.of(dir.toString()), SETTINGS).skippingPartitionsOutside(march3));

    PAssert.that(read.get(ReadDocuments.DOCUMENTS).apply(MapElements.into(TypeDescriptors.strings()).via(Document::id)))
        .containsInAnyOrder("a", "d");
    PAssert.that(read.get(ReadDocuments.REJECTED)).empty();
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    Map<String, Long> counters = counters(result);
    assertEquals(4, counters.get(Counters.FILES_MATCHED));
    assertEquals(2, counters.get(Counters.FILES_OUTSIDE_DATES));
    assertEquals(2, counters.get(Counters.FILES_ACCEPTED));
  }

  private static Map<String, Long> counters(PipelineResult result) {
    Map<String, Long> counters = new TreeMap<>();
    for (MetricResult<Long> counter : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.inNamespace(Counters.NAMESPACE)).build()).getCounters()) {
      counters.merge(counter.getName().getName(), counter.getAttempted(), Long::sum);
    }
    return counters;
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static void write(Path path, String text) throws IOException {
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }
}
