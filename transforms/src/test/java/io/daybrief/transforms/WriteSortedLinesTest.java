package io.daybrief.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class WriteSortedLinesTest {
  private static final String RUN = "test-run";

  @Test
  void summariesAreSortedByDateWithUndatedLast(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    pipeline.apply(Create.of(
            new DailySummary("undated", 1, List.of()),
            new DailySummary("2022-03-03", 2, List.of(new DailySummary.Line("A \"quoted\" line.", "001", 0.123456789))),
            new DailySummary("2022-03-02", 1, List.of())))
        .apply(new WriteSummaries(dir.toString(), RUN))
        .apply(new CommitFiles());
    pipeline.run().waitUntilFinish();
    assertEquals(List.of(
            "{\"date\":\"2022-03-02\",\"documents\":1,\"importance\":1,\"sentences\":[]}",
            "{\"date\":\"2022-03-03\",\"documents\":2,\"importance\":2,\"sentences\":[{\"document\":\"001\",\"score\":0.123457,\"text\":\"A \\\"quoted\\\" line.\"}]}",
            "{\"date\":\"undated\",\"documents\":1,\"importance\":1,\"sentences\":[]}"),
        Files.readAllLines(dir.resolve("summaries.jsonl"), StandardCharsets.UTF_8));
    assertEquals(List.of(dir.resolve("summaries.jsonl")), listing(dir), "no temporary file left behind");
  }

  @Test
  void rejectedAreSortedBySourceThenLine(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    pipeline.apply(Create.of(new Rejected("b.jsonl", 10, "missing text"), new Rejected("b.jsonl", 9, "not a JSON object"),
            Rejected.file("a.bin", "unsupported")))
        .apply(new WriteRejected(dir.toString(), RUN))
        .apply(new CommitFiles());
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
        .apply(new WriteSortedLines(dir.toString(), "out.jsonl", RUN))
        .apply(new CommitFiles());
    pipeline.run().waitUntilFinish();
    assertEquals("", Files.readString(dir.resolve("out.jsonl")));
  }

  @Test
  void aStagedFileStaysHiddenUntilItIsCommitted(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("out.jsonl"), "previous\n");
    pipeline.apply(Create.of(KV.of("1", "new")))
        .apply(new WriteSortedLines(dir.toString(), "out.jsonl", RUN));
    pipeline.run().waitUntilFinish();
    assertEquals("previous\n", Files.readString(dir.resolve("out.jsonl")));
    List<Path> temporary = listing(dir).stream().filter(p -> !p.getFileName().toString().equals("out.jsonl")).toList();
    assertEquals(1, temporary.size(), listing(dir).toString());
    assertTrue(temporary.get(0).getFileName().toString().matches("\\.daybrief-test-run\\.[0-9a-f]{8}\\.out\\.jsonl\\.tmp"),
        temporary.toString());

    assertEquals(1, StagedFiles.deleteTemporaries(dir.toString(), RUN));
    assertEquals(List.of(dir.resolve("out.jsonl")), listing(dir));
  }

  /**
   * One output's write fails (its directory cannot be created) after the other's was staged: the
   * commit never runs, so the previous file is left exactly as it was. The other write may still
   * be staging when the run reports the failure (the DirectRunner does not wait for its other
   * threads), so all the directory may hold besides is that run's temporary file, which the next
   * run deletes.
   */
  @Test
  void aFailedWriteLeavesEveryPreviousFileAsItWas(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("summaries.jsonl"), "previous good run\n");
    Files.writeString(dir.resolve("blocker"), "a file where a directory should be");
    PCollection<KV<String, String>> good = pipeline.apply("Good", Create.of(KV.of("1", "new summary")))
        .apply("WriteGood", new WriteSortedLines(out.toString(), "summaries.jsonl", RUN));
    PCollection<KV<String, String>> failing = pipeline.apply("Failing", Create.of(KV.of("1", "rejected")))
        .apply("WriteFailing", new WriteSortedLines(dir.resolve("blocker/sub").toString(), "rejected.jsonl", RUN));
    PCollectionList.of(good).and(failing).apply(Flatten.pCollections()).apply(new CommitFiles());

    assertThrows(RuntimeException.class, () -> pipeline.run().waitUntilFinish());
    assertEquals("previous good run\n", Files.readString(out.resolve("summaries.jsonl")));
    for (Path file : listing(out)) {
      assertTrue(file.equals(out.resolve("summaries.jsonl"))
              || file.getFileName().toString().matches("\\.daybrief-test-run\\.[0-9a-f]{8}\\.summaries\\.jsonl\\.tmp"),
          file.toString());
    }
  }

  /** A step before the write throws: nothing is staged or committed. */
  @Test
  void aFailureUpstreamLeavesThePreviousFile(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("summaries.jsonl"), "previous good run\n");
    pipeline.apply(Create.of("a", "poison", "b"))
        .apply(MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((String s) -> {
              if (s.equals("poison")) {
                throw new IllegalStateException("simulated failure");
              }
              return KV.of(s, s);
            }))
        .apply(new WriteSortedLines(dir.toString(), "summaries.jsonl", RUN))
        .apply(new CommitFiles());

    assertThrows(RuntimeException.class, () -> pipeline.run().waitUntilFinish());
    assertEquals("previous good run\n", Files.readString(dir.resolve("summaries.jsonl")));
    assertEquals(List.of(dir.resolve("summaries.jsonl")), listing(dir));
  }

  @Test
  void temporariesOfEveryRunCanBeRemovedAndOnlyThose(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("summaries.jsonl"), "kept\n");
    Files.writeString(dir.resolve(".daybrief-killed-run.0a1b2c3d.summaries.jsonl.tmp"), "partial");
    Files.writeString(dir.resolve(".daybrief-other.0a1b2c3d.rejected.jsonl.tmp"), "partial");
    Files.writeString(dir.resolve(".hidden-by-someone-else"), "kept");
    assertEquals(2, StagedFiles.deleteTemporaries(dir.toString(), null));
    assertEquals(List.of(".hidden-by-someone-else", "summaries.jsonl"),
        listing(dir).stream().map(p -> p.getFileName().toString()).sorted().toList());
    assertEquals(0, StagedFiles.deleteTemporaries(dir.resolve("missing").toString(), null));
  }

  private static List<Path> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
