package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link TilseMetric} against the values tilse itself computed (Perl ROUGE-1.5.5, "original") on
 * 12 predicted timelines of the dev topics, read at test time from the shared evaluation data:
 * {@code ../shared/eval/tilse-cases.json} beside the repository (never copied into it). The data
 * is required, not optional: without it the test fails and says where it looked.
 */
class TilseCasesTest {
  /** Tests run with the module directory as working directory; the shared data is beside the repository. */
  static final Path SHARED_EVAL = Path.of("..", "..", "shared", "eval");

  /**
   * The issue asks for agreement within 0.002. The port is exact (same tokens, stems, alignment
   * ties and floating-point order as tilse with Perl ROUGE), so any difference is a regression.
   */
  static final double TOLERANCE = 1e-9;

  private static final Map<String, Function<TilseScores, Prf>> ROUGE_METRICS =
      Map.of(
          "align_m1/rouge_1", TilseScores::alignRouge1,
          "align_m1/rouge_2", TilseScores::alignRouge2,
          "concat/rouge_1", TilseScores::concatRouge1,
          "concat/rouge_2", TilseScores::concatRouge2);

  @Test
  void agreesWithTilsesPerlRougeOnEveryCase() throws IOException {
    Path casesFile = SHARED_EVAL.resolve("tilse-cases.json");
    Path dataset = SHARED_EVAL.resolve("timeline17-dev");
    assertTrue(
        Files.isRegularFile(casesFile) && Files.isDirectory(dataset),
        "the shared evaluation data is required: no " + casesFile.toAbsolutePath().normalize()
            + " or " + dataset.toAbsolutePath().normalize()
            + " (a checkout of the repository is expected beside ../shared)");
    JsonNode cases = new ObjectMapper().readTree(casesFile.toFile()).path("cases");
    assertEquals(12, cases.size(), "cases in " + casesFile);

    Map<String, Double> maxDifference = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (JsonNode testCase : cases) {
      String name = testCase.path("topic").asText() + "/" + testCase.path("case").asText();
      SortedMap<String, List<String>> reference =
          reference(dataset, testCase.path("topic").asText(), testCase.path("reference").asText());
      TilseScores scores = TilseMetric.score(reference, timeline(testCase.path("predicted")));
      JsonNode perl = testCase.path("tilse").path("original");
      for (Map.Entry<String, Function<TilseScores, Prf>> metric : ROUGE_METRICS.entrySet()) {
        String[] path = metric.getKey().split("/");
        compare(name, metric.getKey(), metric.getValue().apply(scores),
            perl.path(path[0]).path(path[1]), maxDifference, failures);
      }
      compare(name, "date", scores.dates(), testCase.path("tilse").path("date"), maxDifference, failures);
    }
    maxDifference.forEach(
        (metric, difference) ->
            System.out.printf(Locale.ROOT, "tilse cases: max |ours - Perl| %-22s %.1e%n", metric, difference));
    assertTrue(failures.isEmpty(), "differences above " + TOLERANCE + ":\n" + String.join("\n", failures));
  }

  private static void compare(String name, String metric, Prf ours, JsonNode expected,
      Map<String, Double> maxDifference, List<String> failures) {
    double[] actual = {ours.precision(), ours.recall(), ours.f1()};
    String[] fields = {"precision", "recall", "f_score"};
    for (int i = 0; i < fields.length; i++) {
      JsonNode value = expected.path(fields[i]);
      assertTrue(value.isNumber(), name + ": no " + metric + " " + fields[i] + " in the cases file");
      double difference = Math.abs(actual[i] - value.asDouble());
      maxDifference.merge(metric + " " + fields[i].charAt(0), difference, Math::max);
      if (difference > TOLERANCE) {
        failures.add(String.format(Locale.ROOT, "%s %s %s: ours %.5f, Perl %.5f",
            name, metric, fields[i], actual[i], value.asDouble()));
      }
    }
  }

  private static SortedMap<String, List<String>> reference(Path dataset, String topic, String file)
      throws IOException {
    String taskName = topic + "/" + file.substring(0, file.length() - ".jsonl".length());
    for (Topic candidate : EvaluationDataset.topics(dataset)) {
      for (Task task : candidate.tasks()) {
        if (task.name().equals(taskName)) {
          return task.reference();
        }
      }
    }
    throw new AssertionError("no reference timeline " + taskName + " in " + dataset);
  }

  private static SortedMap<String, List<String>> timeline(JsonNode predicted) {
    SortedMap<String, List<String>> timeline = new TreeMap<>();
    for (JsonNode date : predicted) {
      List<String> sentences = new ArrayList<>();
      date.path("sentences").forEach(sentence -> sentences.add(sentence.asText()));
      timeline.put(date.path("date").asText(), sentences);
    }
    return timeline;
  }
}
