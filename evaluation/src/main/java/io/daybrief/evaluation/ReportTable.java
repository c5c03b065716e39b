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
    if (!report.systems(Report.Protocol.GOLD_DATES).isEmpty()) {
      timelineMetrics(report, taskWidth, out);
    }
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

  private static final String TILSE_HEADERS = "   AR1     AR2  concat-R1  concat-R2  date-F1";

  /** The headline: tilse's metrics under both protocols, then AR1/AR2 per task for daybrief and lead. */
  private static void timelineMetrics(Report report, int taskWidth, StringBuilder out) {
    int systemWidth = widest("system", report.systems(Report.Protocol.GOLD_DATES));
    out.append("Timeline metrics as tilse computes them (Martschat and Markert 2017; ROUGE-1.5.5 -m -s):\n")
        .append("AR1/AR2 = align+ m:1 ROUGE-1/2 F1, concat-R1/R2 = concat ROUGE-1/2 F1, date-F1;\n")
        .append("precision and recall averaged over the ").append(report.tasks().size())
        .append(" tasks, F1 from the averages.\n\n");
    out.append("Gold dates: summaries at the reference dates\n");
    tilseRows(report.tilseAverages(Report.Protocol.GOLD_DATES), systemWidth, out);
    if (!report.systems(Report.Protocol.FULL_TIMELINE).isEmpty()) {
      out.append("\nFull timeline: each system's summaries at l dates (l = reference dates); dates by most\n")
          .append("articles published (PUBCOUNT)")
          .append(daybriefByImportance(report) ? ", daybrief's by its own importance" : "")
          .append("; the oracles need the reference dates and are not scored\n");
      tilseRows(report.tilseAverages(Report.Protocol.FULL_TIMELINE), systemWidth, out);
    }

    List<String> perTask = List.of(Report.DAYBRIEF, Report.LEAD).stream()
        .filter(report.systems(Report.Protocol.GOLD_DATES)::contains).toList();
    List<Report.Protocol> protocols = List.of(Report.Protocol.GOLD_DATES, Report.Protocol.FULL_TIMELINE).stream()
        .filter(protocol -> !report.systems(protocol).isEmpty()).toList();
    out.append("\nAR1 / AR2 per task\n").append(pad("task", taskWidth)).append("   k  dates");
    for (Report.Protocol protocol : protocols) {
      for (String system : perTask) {
        out.append(String.format(Locale.ROOT, "  %15s", system + (protocol == Report.Protocol.GOLD_DATES ? " gold" : " full")));
      }
    }
    out.append('\n');
    for (TaskResult task : report.tasks()) {
      out.append(pad(task.task(), taskWidth)).append(String.format(Locale.ROOT, "  %2d  %5d", task.k(), task.dates()));
      for (Report.Protocol protocol : protocols) {
        for (String system : perTask) {
          TilseScores scores = protocol.of(task).get(system);
          out.append(String.format(Locale.ROOT, "  %15s", String.format(Locale.ROOT, "%.4f / %.4f",
              scores.alignRouge1().f1(), scores.alignRouge2().f1())));
        }
      }
      out.append('\n');
    }
    if (perTask.size() == 2) {
      for (Report.Protocol protocol : protocols) {
        out.append(String.format(Locale.ROOT, "daybrief ahead of lead (%s): AR1 on %d of %d tasks, AR2 on %d of %d%n",
            protocol == Report.Protocol.GOLD_DATES ? "gold dates" : "full timeline",
            report.tasksAhead(protocol, Report.DAYBRIEF, Report.LEAD, 1), report.tasks().size(),
            report.tasksAhead(protocol, Report.DAYBRIEF, Report.LEAD, 2), report.tasks().size()));
      }
    }
    out.append("\n");
  }

  private static boolean daybriefByImportance(Report report) {
    return report.systems(Report.Protocol.FULL_TIMELINE).contains(Report.DAYBRIEF)
        && report.tasks().stream().anyMatch(task -> task.daybriefDates().equals(TaskResult.IMPORTANCE));
  }

  private static void tilseRows(Map<String, TilseScores> averages, int systemWidth, StringBuilder out) {
    out.append(pad("system", systemWidth)).append("  ").append(TILSE_HEADERS).append('\n');
    averages.forEach(
        (system, scores) ->
            out.append(pad(system, systemWidth)).append("  ").append(String.format(Locale.ROOT,
                "%6.4f  %6.4f  %9.4f  %9.4f  %7.4f",
                scores.alignRouge1().f1(), scores.alignRouge2().f1(), scores.concatRouge1().f1(),
                scores.concatRouge2().f1(), scores.dates().f1())).append('\n'));
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
