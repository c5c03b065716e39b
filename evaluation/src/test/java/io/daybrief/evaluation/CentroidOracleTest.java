package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.text.TermAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CentroidOracleTest {
  private static final ToDoubleFunction<String> UNIT_IDF = term -> 1.0;
  private static final String REFERENCE = "Rescuers pulled survivors from rubble.";
  private static final String UNRELATED = "Markets were calm across Europe.";
  private static final String AID = "Aid flights landed as rescuers searched.";
  private static final String RESCUE = "Rescuers pulled survivors from rubble in the capital.";
  private static final String RESCUE_DOWNTOWN = "Rescuers pulled survivors from rubble downtown.";

  private final TermAnalyzer analyzer = new TermAnalyzer();

  @AfterEach
  void close() {
    analyzer.close();
  }

  @Test
  void ranksByCosineToTheReferenceAndSkipsRepeats() {
    // Unit IDF, the reference's 4 terms: RESCUE and RESCUE_DOWNTOWN each add one term, cosine
    // 4 / (2 sqrt 5) = 0.89, a tie the earlier one wins; their cosine to each other is 4/5, a
    // repeat. AID shares one term of 5: 1 / (2 sqrt 5) = 0.22, and 1/5 with RESCUE. UNRELATED
    // shares none and is never picked.
    List<String> candidates = List.of(UNRELATED, AID, RESCUE, RESCUE_DOWNTOWN);

    assertEquals(List.of(RESCUE, AID), CentroidOracle.select(candidates, REFERENCE, 3, analyzer, UNIT_IDF));
    assertEquals(List.of(RESCUE), CentroidOracle.select(candidates, REFERENCE, 1, analyzer, UNIT_IDF));
    assertEquals(List.of(), CentroidOracle.select(List.of(UNRELATED), REFERENCE, 2, analyzer, UNIT_IDF));
  }

  @Test
  void idfIsThePipelinesSmoothedIdfOverTheGivenDocuments() {
    ToDoubleFunction<String> idf = CentroidOracle.idf(
        List.of(new CandidateDocument("a", List.of(RESCUE)), new CandidateDocument("b", List.of(AID))), analyzer);

    String inBoth = analyzer.terms("rescuers").get(0);
    String inOne = analyzer.terms("capital").get(0);
    assertEquals(1.0, idf.applyAsDouble(inBoth), 1e-12);
    assertEquals(Math.log(3.0 / 2) + 1, idf.applyAsDouble(inOne), 1e-12);
    assertEquals(Math.log(3.0) + 1, idf.applyAsDouble("unseen"), 1e-12);
  }

  @Test
  void summarizesTheReferenceDatesThatHaveSentencesWithTheTasksDocuments() {
    DailyCandidates candidates = new DailyCandidates(Map.of(
        "2010-01-11", List.of(new CandidateDocument("before", List.of(UNRELATED))),
        "2010-01-12", List.of(new CandidateDocument("quake", List.of(UNRELATED, RESCUE))),
        "2010-01-14", List.of(new CandidateDocument("aid", List.of(AID)))));
    Task task = new Task("haiti/refs-1", new TreeMap<>(Map.of(
        "2010-01-12", List.of(REFERENCE), "2010-01-13", List.of(REFERENCE), "2010-01-14", List.of("Aid flights landed."))));

    assertEquals(
        List.of("quake", "aid"),
        candidates.documentsBetween(task.firstDate(), task.lastDate()).stream().map(CandidateDocument::id).toList());
    assertEquals(
        Map.of("2010-01-12", List.of(RESCUE), "2010-01-14", List.of(AID)),
        CentroidOracle.summarize(candidates, task, 2));
  }
}
