package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaterCopiesTest {
  record Occurrence(long fingerprint, String date, int order) {}

  private static final LaterCopies.TemplateRule RULE = new LaterCopies.TemplateRule(3, 2);

  @Test
  void everyOccurrenceButTheEarliestOfEachFingerprintIsReported() {
    List<Occurrence> occurrences = List.of(
        new Occurrence(7, "d", 3), new Occurrence(9, "d", 1), new Occurrence(7, "d", 1), new Occurrence(7, "d", 2),
        new Occurrence(5, "d", 1));
    assertEquals(List.of(new Occurrence(7, "d", 2), new Occurrence(7, "d", 3)), later(occurrences));
  }

  @Test
  void resultDoesNotDependOnArrivalOrder() {
    List<Occurrence> occurrences =
        List.of(new Occurrence(1, "d", 1), new Occurrence(1, "d", 2), new Occurrence(1, "d", 3));
    List<Occurrence> reversed = new ArrayList<>(occurrences);
    Collections.reverse(reversed);
    assertEquals(later(occurrences), later(reversed));
    assertEquals(List.of(new Occurrence(1, "d", 2), new Occurrence(1, "d", 3)), later(occurrences));
  }

  @Test
  void textRepeatedOnSeveralDatesIsTemplateIncludingItsFirstOccurrence() {
    List<Occurrence> footer = List.of(
        new Occurrence(4, "2022-03-01", 1), new Occurrence(4, "2022-03-02", 2), new Occurrence(4, "2022-03-02", 3));
    List<Occurrence> syndicated = List.of(
        new Occurrence(8, "2022-03-02", 1), new Occurrence(8, "2022-03-02", 2), new Occurrence(8, "2022-03-02", 3));
    LaterCopies<Occurrence> copies = tracker();
    List<Occurrence> templates = new ArrayList<>();
    footer.forEach(o -> copies.add(o, later -> {}));
    syndicated.forEach(o -> copies.add(o, later -> {}));
    copies.templates(templates::add);
    assertEquals(List.of(new Occurrence(4, "2022-03-01", 1)), templates);
  }

  private static List<Occurrence> later(List<Occurrence> occurrences) {
    LaterCopies<Occurrence> copies = tracker();
    List<Occurrence> later = new ArrayList<>();
    occurrences.forEach(o -> copies.add(o, later::add));
    later.sort(Comparator.comparingLong(Occurrence::fingerprint).thenComparingInt(Occurrence::order));
    return later;
  }

  private static LaterCopies<Occurrence> tracker() {
    return new LaterCopies<>(Occurrence::fingerprint, Occurrence::date, Comparator.comparingInt(Occurrence::order), RULE);
  }
}
