package io.daybrief.evaluation;

import java.util.Map;

/**
 * Scores of every system on one task.
 *
 * @param task the task name
 * @param k the sentence budget per date
 * @param dates the number of reference dates
 * @param systems scores per system name
 */
record TaskResult(String task, int k, int dates, Map<String, Scores> systems) {

  TaskResult {
    systems = Map.copyOf(systems);
  }
}
