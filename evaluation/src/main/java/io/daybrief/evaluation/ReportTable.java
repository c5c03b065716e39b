package io.daybrief.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** The report as a plain-text table for a terminal. */
final class ReportTable {
  private static final String SCORE_HEADERS = "date-R1  date-R2  concat-R1  concat-R2";

  private ReportTable() {}

  static String render(Report report) {
    int taskWidth = widest("task", report.tasks().stream().map(TaskResult::task).toList());
    int systemWidth = widest("system", report.systems());
    StringBuilder out = new StringBuilder();
    out.append("ROUGE F1 (stemmed, stop words removed). date-R1/R2: mean over the reference dates;\n")
        .append("concat-R1/R2: all summaries of the reference dates against all reference sentences.\n\n");

    out.append("Mean over ").append(report.tasks().size()).append(" tasks\n");
    out.append(pad("system", systemWidth)).append("  ").append(SCORE_HEADERS).append('\n');
    for (Map.Entry<String, Scores> average : report.averages().entrySet()) {
      out.append(pad(average.getKey(), systemWidth)).append("  ")
          .append(scores(average.getValue())).append('\n');
    }

    out.append("\nPer task\n");
    out.append(pad("task", taskWidth)).append("   k  dates  ").append(pad("system", systemWidth))
        .append("  ").append(SCORE_HEADERS).append('\n');
    for (TaskResult task : report.tasks()) {
      for (String system : report.systems()) {
        out.append(pad(task.task(), taskWidth))
            .append(String.format(Locale.ROOT, "  %2d  %5d  ", task.k(), task.dates()))
            .append(pad(system, systemWidth)).append("  ")
            .append(scores(task.systems().get(system))).append('\n');
      }
    }

    OptionalDouble ratio = report.daybriefOracleRatio();
    out.append("\ndaybrief / oracle, mean date-R2: ")
        .append(ratio.isPresent() ? String.format(Locale.ROOT, "%.4f", ratio.getAsDouble()) : "n/a")
        .append('\n');
    return out.toString();
  }

  private static String scores(Scores scores) {
    return String.format(
        Locale.ROOT, "%7.4f  %7.4f  %9.4f  %9.4f",
        scores.rouge1(), scores.rouge2(), scores.concatRouge1(), scores.concatRouge2());
  }

  private static int widest(String header, List<String> values) {
    return Math.max(header.length(), values.stream().mapToInt(String::length).max().orElse(0));
  }

  private static String pad(String text, int width) {
    return String.format(Locale.ROOT, "%-" + width + "s", text);
  }
}
