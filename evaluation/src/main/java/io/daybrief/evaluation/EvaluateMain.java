package io.daybrief.evaluation;

import io.daybrief.evaluation.EvaluationOptions.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores daybrief and the baselines on a dataset of reference timelines (see scripts/evaluate.md):
 * prints a table on stdout, progress on stderr, and optionally writes the JSON report.
 */
public final class EvaluateMain {
  private EvaluateMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      System.out.println(EvaluationOptions.USAGE);
      return;
    }
    try {
      EvaluationOptions options =
          EvaluationOptions.parse(
              List.of(args), System.getenv(), Path.of(System.getProperty("java.home"), "bin", "java"));
      Optional<PipelineRunner> pipeline =
          options.pipelineCommand().map(command -> new PipelineRunner(command, options.pipelineOptions()));
      Report report = evaluate(EvaluationDataset.topics(options.dataset()), pipeline);
      System.out.print(ReportTable.render(report));
      if (options.json().isPresent()) {
        Files.writeString(options.json().get(), ReportJson.render(report), StandardCharsets.UTF_8);
      }
    } catch (UsageException e) {
      System.err.println("evaluate: " + e.getMessage());
      System.err.println(EvaluationOptions.USAGE);
      System.exit(2);
    } catch (IOException e) {
      System.err.println("evaluate: " + e.getMessage());
      System.exit(1);
    }
  }

  static Report evaluate(List<Topic> topics, Optional<PipelineRunner> pipeline)
      throws IOException, InterruptedException {
    CandidateExtractor extractor = new CandidateExtractor();
    List<TaskResult> results = new ArrayList<>();
    for (Topic topic : topics) {
      DailyCandidates candidates = extractor.byDate(EvaluationDataset.documents(topic.documents()));
      for (Task task : topic.tasks()) {
        int k = task.k();
        int l = task.reference().size();
        System.err.printf(
            "%s: k=%d, %d reference dates from %s to %s%n",
            task.name(), k, l, task.firstDate(), task.lastDate());
        List<String> pubcount = DateRanking.byPublications(candidates, task);
        List<String> windowDates = candidates.datesBetween(task.firstDate(), task.lastDate());
        // Gold dates: every system's summaries at the reference dates.
        Map<String, Map<String, List<String>>> summaries = new HashMap<>();
        // Full timeline: the systems that can summarize any date, over the whole window, each with its date ranking.
        Map<String, Map<String, List<String>>> windowSummaries = new HashMap<>();
        Map<String, List<String>> rankings = new HashMap<>();
        String daybriefDates = TaskResult.PUBCOUNT;
        if (pipeline.isPresent()) {
          long start = System.nanoTime();
          PipelineRunner.Output output = pipeline.get().summarize(topic.documents(), task);
          System.err.printf("%s: pipeline ran in %.1f s%n", task.name(), (System.nanoTime() - start) / 1e9);
          summaries.put(Report.DAYBRIEF, output.summaries());
          windowSummaries.put(Report.DAYBRIEF, output.summaries());
          rankings.put(Report.DAYBRIEF, output.dateRanking().orElse(pubcount));
          daybriefDates = output.dateRanking().isPresent() ? TaskResult.IMPORTANCE : TaskResult.PUBCOUNT;
        }
        summaries.put(Report.LEAD, Baselines.lead(candidates, task.reference().keySet(), k));
        summaries.put(Report.RANDOM, Baselines.random(candidates, task.reference().keySet(), k));
        summaries.put(Report.CENTROID_ORACLE, CentroidOracle.summarize(candidates, task, k));
        summaries.put(Report.ORACLE, ExtractiveOracle.summarize(candidates, task.reference(), k));
        windowSummaries.put(Report.LEAD, Baselines.lead(candidates, windowDates, k));
        windowSummaries.put(Report.RANDOM, Baselines.random(candidates, windowDates, k));
        rankings.put(Report.LEAD, pubcount);
        rankings.put(Report.RANDOM, pubcount);

        Map<String, Scores> scores = new HashMap<>();
        Map<String, TilseScores> goldDates = new HashMap<>();
        summaries.forEach(
            (system, timeline) -> {
              scores.put(system, TimelineScorer.score(task.reference(), timeline));
              goldDates.put(system, TilseMetric.score(task.reference(), DateRanking.atReferenceDates(task, timeline)));
            });
        Map<String, TilseScores> fullTimeline = new HashMap<>();
        windowSummaries.forEach(
            (system, timeline) ->
                fullTimeline.put(
                    system,
                    TilseMetric.score(task.reference(), DateRanking.top(rankings.get(system), timeline, l))));
        results.add(new TaskResult(task.name(), k, l, scores, goldDates, fullTimeline, daybriefDates));
      }
    }
    return new Report(results);
  }
}
