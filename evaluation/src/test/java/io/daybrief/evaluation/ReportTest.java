package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final Scores ZERO = new Scores(0, 0, 0, 0);

  private static TaskResult task(String name, Scores daybrief, Scores oracle) {
    return new TaskResult(
        name, 2, 3, Map.of("daybrief", daybrief, "lead", ZERO, "random", ZERO, "oracle", oracle));
  }

  private final Report report =
      new Report(
          List.of(
              task("t/refs-1", new Scores(0.3, 0.1, 0.4, 0.12345), new Scores(0.5, 0.2, 0.6, 0.3)),
              task("t/refs-2", new Scores(0.1, 0.1, 0.2, 0.1), new Scores(0.3, 0.3, 0.4, 0.1))));

  @Test
  void averagesEveryTaskEqually() {
    Scores daybrief = report.averages().get("daybrief");
    assertEquals(0.2, daybrief.rouge1(), 1e-12);
    assertEquals(0.1, daybrief.rouge2(), 1e-12);
    assertEquals(List.of("daybrief", "lead", "random", "oracle"), List.copyOf(report.averages().keySet()));
  }

  @Test
  void theCentroidOracleIsShownBetweenTheBaselinesAndTheOracle() {
    Report withCentroidOracle = new Report(List.of(new TaskResult("t/refs-1", 1, 1,
        Map.of("oracle", ZERO, "centroid-oracle", ZERO, "random", ZERO, "lead", ZERO, "daybrief", ZERO))));

    assertEquals(List.of("daybrief", "lead", "random", "centroid-oracle", "oracle"), withCentroidOracle.systems());
  }

  @Test
  void ratioIsDaybriefOverOracleMeanDateWiseRouge2() {
    assertEquals(0.1 / 0.25, report.daybriefOracleRatio().getAsDouble(), 1e-12);
  }

  @Test
  void jsonHasSortedKeysAndFourDecimals() {
    String expected =
        """
        {
          "daybrief_oracle_rouge2_ratio" : 0.4,
          "systems" : {
            "daybrief" : {
              "concat_rouge1" : 0.3,
              "concat_rouge2" : 0.1117,
              "rouge1" : 0.2,
              "rouge2" : 0.1
            },
            "lead" : {
              "concat_rouge1" : 0.0,
              "concat_rouge2" : 0.0,
              "rouge1" : 0.0,
              "rouge2" : 0.0
            },
            "oracle" : {
              "concat_rouge1" : 0.5,
              "concat_rouge2" : 0.2,
              "rouge1" : 0.4,
              "rouge2" : 0.25
            },
            "random" : {
              "concat_rouge1" : 0.0,
              "concat_rouge2" : 0.0,
              "rouge1" : 0.0,
              "rouge2" : 0.0
            }
          },
          "tasks" : [
            {
              "dates" : 3,
              "k" : 2,
              "systems" : {
                "daybrief" : {
                  "concat_rouge1" : 0.4,
                  "concat_rouge2" : 0.1235,
                  "rouge1" : 0.3,
                  "rouge2" : 0.1
                },
                "lead" : {
                  "concat_rouge1" : 0.0,
                  "concat_rouge2" : 0.0,
                  "rouge1" : 0.0,
                  "rouge2" : 0.0
                },
                "oracle" : {
                  "concat_rouge1" : 0.6,
                  "concat_rouge2" : 0.3,
                  "rouge1" : 0.5,
                  "rouge2" : 0.2
                },
                "random" : {
                  "concat_rouge1" : 0.0,
                  "concat_rouge2" : 0.0,
                  "rouge1" : 0.0,
                  "rouge2" : 0.0
                }
              },
              "task" : "t/refs-1"
            },
            {
              "dates" : 3,
              "k" : 2,
              "systems" : {
                "daybrief" : {
                  "concat_rouge1" : 0.2,
                  "concat_rouge2" : 0.1,
                  "rouge1" : 0.1,
                  "rouge2" : 0.1
                },
                "lead" : {
                  "concat_rouge1" : 0.0,
                  "concat_rouge2" : 0.0,
                  "rouge1" : 0.0,
                  "rouge2" : 0.0
                },
                "oracle" : {
                  "concat_rouge1" : 0.4,
                  "concat_rouge2" : 0.1,
                  "rouge1" : 0.3,
                  "rouge2" : 0.3
                },
                "random" : {
                  "concat_rouge1" : 0.0,
                  "concat_rouge2" : 0.0,
                  "rouge1" : 0.0,
                  "rouge2" : 0.0
                }
              },
              "task" : "t/refs-2"
            }
          ]
        }
        """;
    assertEquals(expected, ReportJson.render(report));
  }

  @Test
  void baselinesOnlyReportHasNoDaybriefAndNoRatio() {
    Report baselines =
        new Report(List.of(new TaskResult("t/refs-1", 1, 1, Map.of("lead", ZERO, "random", ZERO, "oracle", ZERO))));

    String json = ReportJson.render(baselines);
    assertTrue(!json.contains("daybrief"), json);
    assertTrue(ReportTable.render(baselines).contains("n/a"));
  }

  @Test
  void tableHasAMeanRowPerSystemAndARowPerTaskAndSystem() {
    String table = ReportTable.render(report);

    assertTrue(table.contains("daybrief   0.2000   0.1000     0.3000     0.1117"), table);
    assertTrue(table.contains("t/refs-2   2      3  oracle     0.3000   0.3000     0.4000     0.1000"), table);
    assertTrue(table.contains("daybrief / oracle, mean date-R2: 0.4000"), table);
  }

  @Test
  void rejectsTasksScoredOnDifferentSystems() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Report(
                List.of(
                    new TaskResult("a", 1, 1, Map.of("lead", ZERO, "oracle", ZERO)),
                    new TaskResult("b", 1, 1, Map.of("oracle", ZERO)))));
  }

  private static TilseScores tilse(double ar1Precision, double ar1Recall, double ar2) {
    Prf half = new Prf(0.5, 0.5);
    return new TilseScores(new Prf(ar1Precision, ar1Recall), new Prf(ar2, ar2), half, half, new Prf(1, 1));
  }

  private static TaskResult tilseTask(String name, TilseScores daybriefGold, TilseScores daybriefFull) {
    TilseScores lead = tilse(0.2, 0.2, 0.05);
    return new TaskResult(name, 2, 3, Map.of("daybrief", ZERO, "lead", ZERO, "oracle", ZERO),
        Map.of("daybrief", daybriefGold, "lead", lead, "oracle", tilse(0.5, 0.5, 0.2)),
        Map.of("daybrief", daybriefFull, "lead", lead), TaskResult.PUBCOUNT);
  }

  private final Report tilseReport =
      new Report(List.of(
          tilseTask("t/refs-1", tilse(0.4, 0.0, 0.1), tilse(0.3, 0.3, 0.04)),
          tilseTask("t/refs-2", tilse(0.0, 0.4, 0.02), tilse(0.1, 0.1, 0.06))));

  @Test
  void timelineMetricsAverageP_AndR_OverTasksAndTakeF1FromTheAverages() {
    TilseScores daybrief = tilseReport.tilseAverages(Report.Protocol.GOLD_DATES).get("daybrief");
    // P (0.4 + 0) / 2 = 0.2, R (0 + 0.4) / 2 = 0.2: F1 0.2, though each task's F1 is 0.
    assertEquals(0.2, daybrief.alignRouge1().f1(), 1e-12);
    assertEquals(List.of("daybrief", "lead"), List.copyOf(tilseReport.tilseAverages(Report.Protocol.FULL_TIMELINE).keySet()));
  }

  @Test
  void tableLeadsWithBothProtocolsAndPerTaskAlignedRouge() {
    String table = ReportTable.render(tilseReport);

    assertTrue(table.startsWith("Timeline metrics as tilse computes them"), table);
    assertTrue(table.contains("Gold dates: summaries at the reference dates\nsystem       AR1     AR2  concat-R1  concat-R2  date-F1\n"
        + "daybrief  0.2000  0.0600     0.5000     0.5000   1.0000\n"), table);
    assertTrue(table.contains("oracle    0.5000  0.2000"), table);
    assertTrue(table.contains("Full timeline: "), table);
    assertTrue(table.contains("t/refs-1   2      3  0.0000 / 0.1000  0.2000 / 0.0500  0.3000 / 0.0400  0.2000 / 0.0500"), table);
    assertTrue(table.contains("daybrief ahead of lead (gold dates): AR1 on 0 of 2 tasks, AR2 on 1 of 2"), table);
    assertTrue(table.contains("daybrief ahead of lead (full timeline): AR1 on 1 of 2 tasks, AR2 on 1 of 2"), table);
  }

  @Test
  void jsonHasTheTimelineMetricsInTilsesLayout() {
    String json = ReportJson.render(tilseReport);

    assertTrue(json.contains("\"tilse\" : {\n    \"full_timeline\" : {\n      \"daybrief\" : {\n"
        + "        \"align_m1\" : {\n          \"rouge_1\" : {\n            \"f_score\" : 0.2,\n"
        + "            \"precision\" : 0.2,\n            \"recall\" : 0.2\n"), json);
    assertTrue(json.contains("\"daybrief_dates\" : \"pubcount\""), json);
    assertTrue(json.contains("\"gold_dates\" : {"), json);
  }
}
