package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineRunnerTest {
  @TempDir Path dir;

  @Test
  void commandLineSetsTheProtocolOptionsThenPassesTheExtraOnes() {
    PipelineRunner runner =
        new PipelineRunner(List.of("java", "-jar", "daybrief.jar"), List.of("--runner=FlinkRunner"));
    Task task =
        new Task(
            "topic/refs-1",
            new TreeMap<>(Map.of("2010-01-12", List.of("a", "b"), "2010-01-20", List.of("c", "d", "e"))));
    Path documents = dir.resolve("docs.jsonl");
    Path output = dir.resolve("out");

    assertEquals(
        List.of(
            "java", "-jar", "daybrief.jar",
            "--input=" + documents, "--output=" + output,
            "--from=2010-01-12", "--to=2010-01-20", "--sentencesPerDate=3",
            "--runner=FlinkRunner"),
        runner.commandLine(documents, output, task));
  }

  @Test
  void readsSentenceTextsPerDateInWrittenOrder() throws IOException {
    Path file = dir.resolve("summaries.jsonl");
    Files.write(
        file,
        List.of(
            "{\"date\":\"2010-01-12\",\"documents\":2,\"sentences\":["
                + "{\"document\":\"d2\",\"score\":0.9,\"text\":\"Second best is first.\"},"
                + "{\"document\":\"d1\",\"score\":0.5,\"text\":\"Then this one.\"}]}",
            "{\"date\":\"undated\",\"documents\":1,\"sentences\":["
                + "{\"document\":\"d3\",\"score\":0.1,\"text\":\"No date.\"}]}",
            "{\"date\":\"2010-01-13\",\"documents\":1,\"sentences\":[]}"));

    Map<String, List<String>> summaries = PipelineRunner.readSummaries(file);

    assertEquals(List.of("Second best is first.", "Then this one."), summaries.get("2010-01-12"));
    assertEquals(List.of(), summaries.get("2010-01-13"));
  }

  @Test
  void theJobsDateRankingIsItsImportanceWhenEverySummaryHasOne() throws IOException {
    Path file = dir.resolve("summaries.jsonl");
    Files.write(file, List.of(
        "{\"date\":\"2010-01-12\",\"importance\":2.0,\"sentences\":[]}",
        "{\"date\":\"2010-01-13\",\"importance\":5,\"sentences\":[]}",
        "{\"date\":\"undated\",\"sentences\":[]}",
        "{\"date\":\"2010-01-14\",\"importance\":2.0,\"sentences\":[]}"));

    assertEquals(Optional.of(List.of("2010-01-13", "2010-01-12", "2010-01-14")),
        PipelineRunner.readDateRanking(file));

    Files.write(file, List.of(
        "{\"date\":\"2010-01-12\",\"importance\":2.0,\"sentences\":[]}",
        "{\"date\":\"2010-01-13\",\"sentences\":[]}"));
    assertEquals(Optional.empty(), PipelineRunner.readDateRanking(file));
  }

  @Test
  void missingOutputIsAnError() {
    assertThrows(IOException.class, () -> PipelineRunner.readSummaries(dir.resolve("summaries.jsonl")));
  }
}
