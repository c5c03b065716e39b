package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaterCopiesTest {
  record Occurrence(long fingerprint, int order) {}

  @Test
  void everyOccurrenceButTheEarliestOfEachFingerprintIsReported() {
    List<Occurrence> occurrences =
        List.of(new Occurrence(7, 3), new Occurrence(9, 1), new Occurrence(7, 1), new Occurrence(7, 2),
            new Occurrence(5, 1));
    List<Occurrence> later = new ArrayList<>();
    LaterCopies.find(occurrences, Occurrence::fingerprint, Comparator.comparingInt(Occurrence::order), later::add);
    later.sort(Comparator.comparingInt(Occurrence::order));
    assertEquals(List.of(new Occurrence(7, 2), new Occurrence(7, 3)), later);
  }

  @Test
  void resultDoesNotDependOnArrivalOrder() {
    List<Occurrence> forward = new ArrayList<>();
    List<Occurrence> backward = new ArrayList<>();
    List<Occurrence> occurrences = List.of(new Occurrence(1, 1), new Occurrence(1, 2), new Occurrence(1, 3));
    LaterCopies.find(occurrences, Occurrence::fingerprint, Comparator.comparingInt(Occurrence::order), forward::add);
    List<Occurrence> reversed = new ArrayList<>(occurrences);
    java.util.Collections.reverse(reversed);
    LaterCopies.find(reversed, Occurrence::fingerprint, Comparator.comparingInt(Occurrence::order),
        backward::add);
    forward.sort(Comparator.comparingInt(Occurrence::order));
    backward.sort(Comparator.comparingInt(Occurrence::order));
    assertEquals(forward, backward);
    assertEquals(List.of(new Occurrence(1, 2), new Occurrence(1, 3)), forward);
  }
}
