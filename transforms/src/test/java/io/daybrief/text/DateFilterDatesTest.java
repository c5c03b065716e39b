package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code --dates} narrows a filter to listed dates; the archive state needs its last date. */
class DateFilterDatesTest {
  private static final LocalDate MARCH_1 = LocalDate.parse("2022-03-01");
  private static final LocalDate MARCH_3 = LocalDate.parse("2022-03-03");

  @Test
  void listedDatesOnlyAndNoUndated() {
    DateFilter filter = new DateFilter(null, null, true).onlyDates(Set.of(MARCH_3, MARCH_1));
    assertTrue(filter.accepts("2022-03-01"));
    assertFalse(filter.accepts("2022-03-02"));
    assertTrue(filter.accepts("2022-03-03"));
    assertFalse(filter.accepts(DateKeys.UNDATED));
    assertEquals(MARCH_3, filter.last());
  }

  @Test
  void listAndRangeIntersect() {
    DateFilter filter = new DateFilter(null, LocalDate.parse("2022-03-02"), true).onlyDates(Set.of(MARCH_3, MARCH_1));
    assertTrue(filter.accepts("2022-03-01"));
    assertFalse(filter.accepts("2022-03-03"));
    assertEquals(LocalDate.parse("2022-03-02"), filter.last());
  }

  @Test
  void lastIsTheUpperBound() {
    assertNull(new DateFilter(MARCH_1, null, false).last());
    assertEquals(MARCH_3, new DateFilter(MARCH_1, MARCH_3, false).last());
    assertFalse(new DateFilter(null, null, true).withoutUndated().accepts(DateKeys.UNDATED));
  }
}
