package io.daybrief.evaluation;

import java.util.Map;

/**
 * Scores of every system on one task.
 *
 * @param task the task name
 * @param k the sentence budget per date
 * @param dates the number of reference dates
 * @param systems date-wise and concat ROUGE F1 at the reference dates, per system
 * @param goldDates tilse's metrics of the summaries at the reference dates, per system
 * @param fullTimeline tilse's metrics of the timeline of l = {@code dates} dates each system
 *     chose, per system that chooses dates (the oracles do not)
 * @param daybriefDates how daybrief's full-timeline dates were chosen: {@code pubcount} (most
 *     articles published, chosen by the evaluator) or {@code importance} (the job's own ranking)
 */
record TaskResult(
    String task,
    int k,
    int dates,
    Map<String, Scores> systems,
    Map<String, TilseScores> goldDates,
    Map<String, TilseScores> fullTimeline,
    String daybriefDates) {

  static final String PUBCOUNT = "pubcount";
  static final String IMPORTANCE = "importance";

  TaskResult {
    systems = Map.copyOf(systems);
    goldDates = Map.copyOf(goldDates);
    fullTimeline = Map.copyOf(fullTimeline);
  }

  /** Without the timeline metrics. */
  TaskResult(String task, int k, int dates, Map<String, Scores> systems) {
    this(task, k, dates, systems, Map.of(), Map.of(), PUBCOUNT);
  }
}
