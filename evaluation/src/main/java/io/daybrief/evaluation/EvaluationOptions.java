package io.daybrief.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command line of the evaluation.
 *
 * @param dataset the dataset directory
 * @param json where to write the JSON report, if anywhere
 * @param pipelineCommand what starts the pipeline; empty when only the baselines are scored
 * @param pipelineOptions every other {@code --option}, passed to the pipeline as given
 */
record EvaluationOptions(
    Path dataset,
    Optional<Path> json,
    Optional<List<String>> pipelineCommand,
    List<String> pipelineOptions) {

  static final String USAGE =
      """
      usage: evaluate <dataset-dir> [--json FILE] [--pipeline-cmd='CMD ...'] [--baselines-only]
                      [--option=value ...]
        --json FILE        also write the report as JSON
        --pipeline-cmd=CMD how to start the pipeline, split on spaces
                           (default: java -Xmx3g -jar $DAYBRIEF_JAR)
        --baselines-only   score lead, random and oracle only; the pipeline is not run
        --option=value     any other option is passed to the pipeline""";

  /** Set by the evaluation for each task; a user's value would break the protocol. */
  private static final Set<String> PROTOCOL_OPTIONS =
      Set.of("input", "output", "from", "to", "sentencesPerDate");

  static EvaluationOptions parse(
      List<String> args, Map<String, String> environment, Path javaExecutable) throws UsageException {
    Path dataset = null;
    Path json = null;
    String pipelineCommand = null;
    boolean baselinesOnly = false;
    List<String> pipelineOptions = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--json") || arg.equals("--pipeline-cmd")) {
        if (i + 1 == args.size()) {
          throw new UsageException(arg + " needs a value");
        }
        String value = args.get(++i);
        if (arg.equals("--json")) {
          json = Path.of(value);
        } else {
          pipelineCommand = value;
        }
      } else if (arg.startsWith("--json=")) {
        json = Path.of(arg.substring("--json=".length()));
      } else if (arg.startsWith("--pipeline-cmd=")) {
        pipelineCommand = arg.substring("--pipeline-cmd=".length());
      } else if (arg.equals("--baselines-only")) {
        baselinesOnly = true;
      } else if (arg.startsWith("--")) {
        String name = arg.substring(2).split("=", 2)[0];
        if (PROTOCOL_OPTIONS.contains(name)) {
          throw new UsageException("--" + name + " is set by the evaluation for each task");
        }
        pipelineOptions.add(arg);
      } else if (dataset == null) {
        dataset = Path.of(arg);
      } else {
        throw new UsageException("one dataset directory expected, got also " + arg);
      }
    }
    if (dataset == null) {
      throw new UsageException("no dataset directory");
    }
    Optional<List<String>> command =
        baselinesOnly
            ? Optional.empty()
            : Optional.of(pipelineCommand(pipelineCommand, environment, javaExecutable));
    return new EvaluationOptions(
        dataset, Optional.ofNullable(json), command, List.copyOf(pipelineOptions));
  }

  private static List<String> pipelineCommand(
      String given, Map<String, String> environment, Path javaExecutable) throws UsageException {
    if (given != null) {
      List<String> words =
          Arrays.stream(given.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList();
      if (words.isEmpty()) {
        throw new UsageException("--pipeline-cmd is empty");
      }
      return words;
    }
    String jar = environment.get("DAYBRIEF_JAR");
    if (jar == null || jar.isBlank()) {
      throw new UsageException("set DAYBRIEF_JAR or --pipeline-cmd, or pass --baselines-only");
    }
    if (!Files.isRegularFile(Path.of(jar))) {
      throw new UsageException("DAYBRIEF_JAR is not a file: " + jar);
    }
    return List.of(javaExecutable.toString(), "-Xmx3g", "-jar", jar);
  }

  /** A command line that cannot be run; the message says why. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
