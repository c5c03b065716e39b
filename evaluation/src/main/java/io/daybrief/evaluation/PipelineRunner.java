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
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Runs the real pipeline as a subprocess, once per task, and reads back its summaries. */
final class PipelineRunner {
  static final String SUMMARIES_FILE = "summaries.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LOG_TAIL_LINES = 20;
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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

  /**
   * What one run of the pipeline wrote.
   *
   * @param summaries summary sentences per date
   * @param dateRanking the dates by the job's own importance, most important first, when every
   *     summary carries a numeric {@code importance}; empty otherwise (the evaluator then ranks the
   *     dates itself, by articles published). This is the full-timeline protocol's hook for a job
   *     that chooses its key dates.
   */
  record Output(Map<String, List<String>> summaries, Optional<List<String>> dateRanking) {}

  /** Output and log are deleted on success, kept on failure for diagnosis. */
  Output summarize(Path documents, Task task) throws IOException, InterruptedException {
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
    Path file = output.resolve(SUMMARIES_FILE);
    Output result = new Output(readSummaries(file), readDateRanking(file));
    deleteRecursively(work);
    return result;
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

  /**
   * The dates ordered by the {@code importance} field of their summaries, highest first, the
   * earlier date first on ties; empty when some dated summary has no numeric importance. The
   * "undated" group is not a date and is left out.
   */
  static Optional<List<String>> readDateRanking(Path file) throws IOException {
    Map<String, Double> importance = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode summary = JSON.readTree(line);
      if (!ISO_DATE.matcher(summary.path("date").asText()).matches()) {
        continue;
      }
      JsonNode value = summary.path("importance");
      if (!value.isNumber()) {
        return Optional.empty();
      }
      importance.put(summary.path("date").asText(), value.asDouble());
    }
    if (importance.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        importance.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .map(Map.Entry::getKey)
            .toList());
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
