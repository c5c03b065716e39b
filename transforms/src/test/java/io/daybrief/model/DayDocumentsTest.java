package io.daybrief.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DayDocumentsTest {

  @Test
  void sortedPutsTheDocumentsInIdOrderAndKeepsEmptyOnes() {
    AnalyzedDocument b = new AnalyzedDocument("b", "2022-03-03", List.of());
    AnalyzedDocument a = new AnalyzedDocument("a", "2022-03-03", List.of());
    AnalyzedDocument c = new AnalyzedDocument("c", "2022-03-03", List.of());

    DayDocuments day = DayDocuments.sorted("2022-03-03", List.of(c, a, b));

    assertEquals("2022-03-03", day.date());
    assertEquals(List.of(a, b, c), day.documents());
  }
}
