package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFilterTest {

  @Test
  void rangeIsInclusiveAtBothEnds() {
    DateFilter filter = new DateFilter(LocalDate.parse("2022-03-02"), LocalDate.parse("2022-03-03"), true);
    assertFalse(filter.accepts("2022-03-01"));
    assertTrue(filter.accepts("2022-03-02"));
    assertTrue(filter.accepts("2022-03-03"));
    assertFalse(filter.accepts("2022-03-04"));
  }

  @Test
  void undatedIsKeptOnlyWithoutRangeAndWhenGrouped() {
    assertTrue(new DateFilter(null, null, true).accepts(DateKeys.UNDATED));
    assertFalse(new DateFilter(null, null, false).accepts(DateKeys.UNDATED));
    assertFalse(new DateFilter(null, LocalDate.parse("2022-03-03"), true).accepts(DateKeys.UNDATED));
    assertFalse(new DateFilter(LocalDate.parse("2022-03-03"), null, true).accepts(DateKeys.UNDATED));
  }

  @Test
  void openEnds() {
    assertTrue(new DateFilter(null, LocalDate.parse("2022-03-03"), true).accepts("1999-01-01"));
    assertTrue(new DateFilter(LocalDate.parse("2022-03-03"), null, true).accepts("2099-01-01"));
  }

  @Test
  void withDaysBeforeAlsoAcceptsTheDaysBeforeEachDate() {
    DateFilter nightly = new DateFilter(null, null, false).onlyDates(java.util.Set.of(LocalDate.parse("2022-03-05")));
    DateFilter widened = nightly.withDaysBefore(2);
    assertFalse(widened.accepts("2022-03-02"));
    assertTrue(widened.accepts("2022-03-03"));
    assertTrue(widened.accepts("2022-03-05"));
    assertFalse(widened.accepts("2022-03-06"));
    DateFilter range = new DateFilter(LocalDate.parse("2022-03-05"), LocalDate.parse("2022-03-07"), false).withDaysBefore(1);
    assertTrue(range.accepts("2022-03-04"));
    assertFalse(range.accepts("2022-03-03"));
    assertFalse(range.accepts("2022-03-08"));
    DateFilter upTo = new DateFilter(null, LocalDate.parse("2022-03-05"), false);
    assertTrue(upTo.withDaysBefore(2) == upTo, "without a lower bound every earlier date is the run's already");
  }
}
