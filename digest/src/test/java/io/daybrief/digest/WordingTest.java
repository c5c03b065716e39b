package io.daybrief.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WordingTest {

  @Test
  void countsAreGroupedAndPluralized() {
    assertEquals("1 document", Wording.count(1, "document", "documents"));
    assertEquals("0 documents", Wording.count(0, "document", "documents"));
    assertEquals("12,345 documents", Wording.count(12345, "document", "documents"));
  }

  @Test
  void dateRangesNameEachPartOnce() {
    LocalDate march2 = LocalDate.of(2022, 3, 2);
    assertEquals("2 March 2022", Wording.dateRange(march2, march2));
    assertEquals("2–3 March 2022", Wording.dateRange(march2, LocalDate.of(2022, 3, 3)));
    assertEquals("28 February – 3 March 2022", Wording.dateRange(LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 3)));
    assertEquals("30 December 2021 – 2 January 2022",
        Wording.dateRange(LocalDate.of(2021, 12, 30), LocalDate.of(2022, 1, 2)));
  }

  @Test
  void longDatesNameTheWeekday() {
    assertEquals("Wednesday, 2 March 2022", Wording.longDate(LocalDate.of(2022, 3, 2)));
  }
}
