package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TaskTest {

  private static Task task(Map<String, List<String>> reference) {
    return new Task("topic/refs-1", new TreeMap<>(reference));
  }

  @Test
  void budgetIsTheMeanSentencesPerDateRoundedHalfUp() {
    assertEquals(2, task(Map.of("2010-01-12", List.of("a"), "2010-01-13", List.of("b", "c"))).k());
    Map<String, List<String>> fourSentencesOnThreeDates =
        Map.of("2010-01-12", List.of("a"), "2010-01-13", List.of("b"), "2010-01-14", List.of("c", "d"));
    assertEquals(1, task(fourSentencesOnThreeDates).k());
  }

  @Test
  void budgetIsAtLeastOne() {
    assertEquals(1, task(Map.of("2010-01-12", List.of())).k());
  }

  @Test
  void firstAndLastDatesBoundTheTask() {
    Task task = task(Map.of("2010-01-20", List.of("a"), "2010-01-12", List.of("b"), "2010-01-15", List.of("c")));
    assertEquals("2010-01-12", task.firstDate());
    assertEquals("2010-01-20", task.lastDate());
  }

  @Test
  void rejectsAnEmptyTimeline() {
    assertThrows(IllegalArgumentException.class, () -> task(Collections.emptyMap()));
  }
}
