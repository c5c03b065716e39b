package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ExtractiveOracleTest {
  private static final String UNRELATED = "Markets were calm across Europe on Tuesday.";
  private static final String RESCUE = "Rescuers pulled survivors from collapsed buildings in the capital.";
  private static final String AID = "Aid flights landed at the damaged airport overnight.";
  private static final List<String> REFERENCE =
      List.of("Rescuers pulled survivors from collapsed buildings.", "Aid flights landed at the airport.");

  @Test
  void picksGreedilyAndStopsWhenNothingRaisesRouge2() {
    // The copy of RESCUE ties with it and loses (earliest wins); once chosen, RESCUE's bigrams are
    // used up, so the copy would only lower precision; UNRELATED shares no bigram: both stay out.
    List<String> candidates = List.of(UNRELATED, RESCUE, AID, RESCUE);

    assertEquals(List.of(RESCUE, AID), ExtractiveOracle.select(candidates, REFERENCE, 3));
  }

  @Test
  void respectsTheBudget() {
    assertEquals(List.of(RESCUE), ExtractiveOracle.select(List.of(UNRELATED, AID, RESCUE), REFERENCE, 1));
  }

  @Test
  void choosesNothingWhenNoCandidateOverlaps() {
    assertEquals(List.of(), ExtractiveOracle.select(List.of(UNRELATED), REFERENCE, 2));
  }

  @Test
  void summarizesReferenceDatesThatHaveCandidates() {
    DailyCandidates candidates =
        new DailyCandidates(Map.of("2010-01-12", List.of(new CandidateDocument("doc", List.of(UNRELATED, RESCUE)))));
    SortedMap<String, List<String>> reference =
        new TreeMap<>(Map.of("2010-01-12", REFERENCE, "2010-01-13", REFERENCE));

    assertEquals(Map.of("2010-01-12", List.of(RESCUE)), ExtractiveOracle.summarize(candidates, reference, 2));
  }
}
