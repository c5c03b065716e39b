package io.daybrief.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs the real pipeline as a subprocess, once per task, and reads back its summaries. */
final class PipelineRunner {
  static final String SUMMARIES_FILE = "summaries.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LOG_TAIL_LINES = 20;

  private final List<String> command;
  private final List<String> extraOptions;

  /**
   * @param command what starts the pipeline, e.g. {@code java -Xmx3g -jar daybrief.jar}
   * @param extraOptions passed after the options the evaluation sets
   */
  PipelineRunner(List<String> command, List<String> extraOptions) {
    this.command = List.copyOf(command);
    this.extraOptions = List.copyOf(extraOptions);
  }

  /** Summary sentences per date. Output and log are deleted on success, kept on failure for diagnosis. */
  Map<String, List<String>> summarize(Path documents, Task task) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("daybrief-evaluate-");
    Path output = Files.createDirectory(work.resolve("output"));
    Path log = work.resolve("pipeline.log");
    Process process =
        new ProcessBuilder(commandLine(documents, output, task))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    int exitCode = process.waitFor();
    if (exitCode != 0) {
      throw new IOException(
          task.name() + ": the pipeline exited with " + exitCode + "; end of " + log + ":\n" + tail(log));
    }
    Map<String, List<String>> summaries = readSummaries(output.resolve(SUMMARIES_FILE));
    deleteRecursively(work);
    return summaries;
  }

  List<String> commandLine(Path documents, Path output, Task task) {
    List<String> line = new ArrayList<>(command);
    line.add("--input=" + documents.toAbsolutePath());
    line.add("--output=" + output.toAbsolutePath());
    line.add("--from=" + task.firstDate());
    line.add("--to=" + task.lastDate());
    line.add("--sentencesPerDate=" + task.k());
    line.addAll(extraOptions);
    return line;
  }

  /**
   * Sentence texts per date key, in the order the pipeline wrote them. The "undated" group is kept
   * like any other key: it never matches a reference date, so scoring ignores it.
   */
  static Map<String, List<String>> readSummaries(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("the pipeline wrote no " + file);
    }
    Map<String, List<String>> summaries = new TreeMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      JsonNode summary = JSON.readTree(lines.get(i));
      String date = summary.path("date").asText();
      if (date.isEmpty()) {
        throw new IOException(file + ":" + (i + 1) + ": summary without a date");
      }
      List<String> sentences = new ArrayList<>();
      summary.path("sentences").forEach(sentence -> sentences.add(sentence.path("text").asText()));
      summaries.put(date, List.copyOf(sentences));
    }
    return summaries;
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
