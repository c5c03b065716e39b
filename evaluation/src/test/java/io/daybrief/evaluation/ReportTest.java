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
}
