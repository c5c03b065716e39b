package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DateImportanceTest {
  @Test
  void aDateCountsItsOwnArticlesAndTheArticlesNamingIt() {
    assertEquals(5, DateImportance.of(5, 0));
    assertEquals(3, DateImportance.of(0, 3), "a date without articles of its own, named by three, still counts");
    assertEquals(7, DateImportance.of(4, 3));
  }
}
