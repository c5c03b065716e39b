package io.daybrief.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.model.DailySummary;
import io.daybrief.model.Rejected;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class WriteSortedLinesTest {

  @Test
  void summariesAreSortedByDateWithUndatedLast(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    pipeline.apply(Create.of(
            new DailySummary("undated", 1, List.of()),
            new DailySummary("2022-03-03", 2, List.of(new DailySummary.Line("A \"quoted\" line.", "001", 0.123456789))),
            new DailySummary("2022-03-02", 1, List.of())))
        .apply(new WriteSummaries(dir.toString()));
    pipeline.run().waitUntilFinish();
    assertEquals(List.of(
            "{\"date\":\"2022-03-02\",\"documents\":1,\"sentences\":[]}",
            "{\"date\":\"2022-03-03\",\"documents\":2,\"sentences\":[{\"document\":\"001\",\"score\":0.123457,\"text\":\"A \\\"quoted\\\" line.\"}]}",
            "{\"date\":\"undated\",\"documents\":1,\"sentences\":[]}"),
        Files.readAllLines(dir.resolve("summaries.jsonl"), StandardCharsets.UTF_8));
    assertEquals(List.of(dir.resolve("summaries.jsonl")), listing(dir), "no temporary file left behind");
  }

  @Test
  void rejectedAreSortedBySourceThenLine(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    pipeline.apply(Create.of(new Rejected("b.jsonl", 10, "missing text"), new Rejected("b.jsonl", 9, "not a JSON object"),
            Rejected.file("a.bin", "unsupported")))
        .apply(new WriteRejected(dir.toString()));
    pipeline.run().waitUntilFinish();
    assertEquals(List.of(
            "{\"reason\":\"unsupported\",\"source\":\"a.bin\"}",
            "{\"line\":9,\"reason\":\"not a JSON object\",\"source\":\"b.jsonl\"}",
            "{\"line\":10,\"reason\":\"missing text\",\"source\":\"b.jsonl\"}"),
        Files.readAllLines(dir.resolve("rejected.jsonl"), StandardCharsets.UTF_8));
  }

  @Test
  void emptyInputReplacesAnOldFileWithAnEmptyOne(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("out.jsonl"), "stale\n");
    pipeline.apply(Create.empty(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply(new WriteSortedLines(dir.toString(), "out.jsonl"));
    pipeline.run().waitUntilFinish();
    assertEquals("", Files.readString(dir.resolve("out.jsonl")));
  }

  @Test
  void scoresAreRoundedToSixDecimalsWithoutTrailingZeros() {
    assertEquals("0.5", JsonLines.score(0.5));
    assertEquals("0", JsonLines.score(0.0));
    assertEquals("12.345679", JsonLines.score(12.3456789));
  }

  @Test
  void controlCharactersAreEscaped() {
    String line = JsonLines.rejected(Rejected.file("a\u0001b", "tab\there"));
    assertEquals("{\"reason\":\"tab\\there\",\"source\":\"a\\u0001b\"}", line);
  }

  private static List<Path> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

}
