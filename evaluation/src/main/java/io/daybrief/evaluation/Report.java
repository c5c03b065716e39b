package io.daybrief.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** The results of one evaluation run: every system on every task, and their means over tasks. */
final class Report {
  static final String DAYBRIEF = "daybrief";
  static final String LEAD = "lead";
  static final String RANDOM = "random";
  static final String CENTROID_ORACLE = "centroid-oracle";
  static final String ORACLE = "oracle";
  /** Display order: the system under test first, then the baselines, the ceilings last. */
  static final List<String> SYSTEMS = List.of(DAYBRIEF, LEAD, RANDOM, CENTROID_ORACLE, ORACLE);

  private final List<TaskResult> tasks;
  private final List<String> systems;

  Report(List<TaskResult> tasks) {
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one task");
    }
    this.tasks = List.copyOf(tasks);
    this.systems =
        SYSTEMS.stream().filter(system -> tasks.get(0).systems().containsKey(system)).toList();
    for (TaskResult task : tasks) {
      if (!task.systems().keySet().equals(Set.copyOf(systems))
          || !task.goldDates().keySet().equals(tasks.get(0).goldDates().keySet())
          || !task.fullTimeline().keySet().equals(tasks.get(0).fullTimeline().keySet())) {
        throw new IllegalArgumentException(task.task() + ": scored on other systems than the first task");
      }
    }
  }

  List<TaskResult> tasks() {
    return tasks;
  }

  /** The systems scored, in display order. */
  List<String> systems() {
    return systems;
  }

  /** Each system's scores averaged over the tasks (every task weighs the same), in display order. */
  Map<String, Scores> averages() {
    Map<String, Scores> averages = new LinkedHashMap<>();
    for (String system : systems) {
      List<Scores> perTask = tasks.stream().map(task -> task.systems().get(system)).toList();
      averages.put(system, Scores.mean(perTask));
    }
    return averages;
  }

  /** tilse's two protocols: summaries at the reference dates, or at the l dates a system chose. */
  enum Protocol {
    GOLD_DATES("gold_dates"),
    FULL_TIMELINE("full_timeline");

    final String key;

    Protocol(String key) {
      this.key = key;
    }

    Map<String, TilseScores> of(TaskResult task) {
      return this == GOLD_DATES ? task.goldDates() : task.fullTimeline();
    }
  }

  /** The systems with timeline metrics under the protocol, in display order; none when not measured. */
  List<String> systems(Protocol protocol) {
    return SYSTEMS.stream().filter(system -> protocol.of(tasks.get(0)).containsKey(system)).toList();
  }

  /**
   * Each system's timeline metrics over the tasks as the field aggregates them: precision and
   * recall averaged over the tasks, F1 from the averages ({@link TilseScores#mean}).
   */
  Map<String, TilseScores> tilseAverages(Protocol protocol) {
    Map<String, TilseScores> averages = new LinkedHashMap<>();
    for (String system : systems(protocol)) {
      averages.put(system, TilseScores.mean(tasks.stream().map(task -> protocol.of(task).get(system)).toList()));
    }
    return averages;
  }

  /** On how many tasks {@code system} has a higher align+ m:1 ROUGE-n F1 than {@code other}. */
  long tasksAhead(Protocol protocol, String system, String other, int n) {
    return tasks.stream()
        .filter(task -> protocol.of(task).containsKey(system) && protocol.of(task).containsKey(other))
        .filter(task -> alignF1(protocol.of(task).get(system), n) > alignF1(protocol.of(task).get(other), n))
        .count();
  }

  static double alignF1(TilseScores scores, int n) {
    return (n == 1 ? scores.alignRouge1() : scores.alignRouge2()).f1();
  }

  /** Mean date-wise ROUGE-2 of daybrief over the oracle's: the share of the extractive ceiling reached. */
  OptionalDouble daybriefOracleRatio() {
    Map<String, Scores> averages = averages();
    if (!averages.containsKey(DAYBRIEF) || averages.get(ORACLE).rouge2() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(averages.get(DAYBRIEF).rouge2() / averages.get(ORACLE).rouge2());
  }
}
