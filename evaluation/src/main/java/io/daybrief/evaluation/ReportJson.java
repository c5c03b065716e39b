package io.daybrief.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The report as JSON. Keys are sorted, numbers rounded to 4 decimals and lines end in "\n" on
 * every platform, so two runs with the same results write the same bytes.
 */
final class ReportJson {
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .writer(new DefaultPrettyPrinter().withObjectIndenter(INDENTER).withArrayIndenter(INDENTER));

  private ReportJson() {}

  static String render(Report report) {
    SortedMap<String, Object> root = new TreeMap<>();
    root.put("systems", systems(report.averages()));
    if (!report.systems(Report.Protocol.GOLD_DATES).isEmpty()) {
      SortedMap<String, Object> tilse = new TreeMap<>();
      for (Report.Protocol protocol : Report.Protocol.values()) {
        tilse.put(protocol.key, tilseSystems(report.tilseAverages(protocol)));
      }
      root.put("tilse", tilse);
    }
    List<Object> tasks = new ArrayList<>();
    for (TaskResult task : report.tasks()) {
      SortedMap<String, Object> entry = new TreeMap<>();
      entry.put("task", task.task());
      entry.put("k", task.k());
      entry.put("dates", task.dates());
      entry.put("systems", systems(task.systems()));
      if (!task.goldDates().isEmpty()) {
        SortedMap<String, Object> tilse = new TreeMap<>();
        for (Report.Protocol protocol : Report.Protocol.values()) {
          tilse.put(protocol.key, tilseSystems(protocol.of(task)));
        }
        tilse.put("daybrief_dates", task.daybriefDates());
        entry.put("tilse", tilse);
      }
      tasks.add(entry);
    }
    root.put("tasks", tasks);
    report.daybriefOracleRatio().ifPresent(ratio -> root.put("daybrief_oracle_rouge2_ratio", rounded(ratio)));
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings and numbers always serialize", e);
    }
  }

  private static SortedMap<String, Object> systems(Map<String, Scores> bySystem) {
    SortedMap<String, Object> systems = new TreeMap<>();
    bySystem.forEach((system, scores) -> systems.put(system, scores(scores)));
    return systems;
  }

  private static SortedMap<String, Double> scores(Scores scores) {
    SortedMap<String, Double> values = new TreeMap<>();
    values.put("rouge1", rounded(scores.rouge1()));
    values.put("rouge2", rounded(scores.rouge2()));
    values.put("concat_rouge1", rounded(scores.concatRouge1()));
    values.put("concat_rouge2", rounded(scores.concatRouge2()));
    return values;
  }

  /** Per system, tilse's own layout: align_m1 and concat, each rouge_1 and rouge_2, and date; each P, R, F. */
  private static SortedMap<String, Object> tilseSystems(Map<String, TilseScores> bySystem) {
    SortedMap<String, Object> systems = new TreeMap<>();
    bySystem.forEach(
        (system, scores) -> {
          SortedMap<String, Object> values = new TreeMap<>();
          values.put("align_m1", new TreeMap<>(Map.of("rouge_1", prf(scores.alignRouge1()), "rouge_2", prf(scores.alignRouge2()))));
          values.put("concat", new TreeMap<>(Map.of("rouge_1", prf(scores.concatRouge1()), "rouge_2", prf(scores.concatRouge2()))));
          values.put("date", prf(scores.dates()));
          systems.put(system, values);
        });
    return systems;
  }

  private static SortedMap<String, Object> prf(Prf prf) {
    SortedMap<String, Object> values = new TreeMap<>();
    values.put("precision", rounded(prf.precision()));
    values.put("recall", rounded(prf.recall()));
    values.put("f_score", rounded(prf.f1()));
    return values;
  }

  private static double rounded(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }
}
