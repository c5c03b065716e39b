package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdfHorizonTest {

  @Test
  void aDateCountsTheDocumentsPublishedUpToItsWindowAfterIt() {
    IdfHorizon reported = new IdfHorizon(2);
    assertEquals("2022-03-05", reported.limit("2022-03-03"));
    assertEquals("2022-03-01", reported.limit("2022-02-27"), "across a month's end");
    assertTrue(reported.counts("2022-03-05", "2022-03-03"));
    assertFalse(reported.counts("2022-03-06", "2022-03-03"));
    assertTrue(reported.counts("2022-01-01", "2022-03-03"), "every earlier document");
    IdfHorizon published = new IdfHorizon(0);
    assertTrue(published.counts("2022-03-03", "2022-03-03"));
    assertFalse(published.counts("2022-03-04", "2022-03-03"));
  }

  @Test
  void undatedDocumentsCountOnlyForTheUndatedBucketWhichCountsEverything() {
    IdfHorizon horizon = new IdfHorizon(2);
    assertFalse(horizon.counts(DateKeys.UNDATED, "2022-03-03"));
    assertTrue(horizon.counts(DateKeys.UNDATED, DateKeys.UNDATED));
    assertTrue(horizon.counts("2030-01-01", DateKeys.UNDATED));
    Map<String, Long> perDate = Map.of("2022-03-01", 2L, "2022-03-03", 3L, "2022-03-04", 4L, DateKeys.UNDATED, 5L);
    assertEquals(2, horizon.documents(perDate, "2022-02-28"));
    assertEquals(9, horizon.documents(perDate, "2022-03-02"));
    assertEquals(14, horizon.documents(perDate, DateKeys.UNDATED));
    assertThrows(IllegalArgumentException.class, () -> new IdfHorizon(-1));
  }

  @Test
  void theTableAddsATermsCountsUpToTheLimit() {
    IdfHorizon.Table table = IdfHorizon.Table.of(List.of(
        Map.of(IdfHorizon.key("kyiv", "2022-03-01"), 1L, IdfHorizon.key("kyiv", "2022-03-04"), 4L,
            IdfHorizon.key("talks", "2022-03-02"), 7L),
        // The same key from another map (an earlier run's counts) is added.
        Map.of(IdfHorizon.key("kyiv", "2022-03-01"), 2L, IdfHorizon.key("kyiv", DateKeys.UNDATED), 10L)));
    assertEquals(0, table.count("kyiv", "2022-02-28"), "before its first date");
    assertEquals(3, table.count("kyiv", "2022-03-01"), "on a date it has");
    assertEquals(3, table.count("kyiv", "2022-03-03"), "between its dates");
    assertEquals(7, table.count("kyiv", "2022-03-04"));
    assertEquals(7, table.count("kyiv", "2023-01-01"), "after its last date");
    assertEquals(17, table.count("kyiv", DateKeys.UNDATED), "the undated bucket counts all");
    assertEquals(0, table.count("talks", "2022-03-01"));
    assertEquals(7, table.count("talks", "2022-03-02"));
    assertEquals(0, table.count("moscow", "2022-03-04"), "an unknown term");
  }
}
