package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WatchScheduleTest {

  @Test
  void theFirstListingIsDueAtOnceAndLaterOnesAPollIntervalApart() {
    WatchSchedule schedule = new WatchSchedule(1_000, 0, 0);
    assertTrue(schedule.pollDue(0));
    schedule.polled(0, false);
    assertFalse(schedule.pollDue(999));
    assertTrue(schedule.pollDue(1_000));
  }

  @Test
  void idleCountsFromTheLastNewFileAndNotFromTheLastListing() {
    WatchSchedule schedule = new WatchSchedule(100, 5_000, 0);
    schedule.polled(3_000, true);
    schedule.polled(7_000, false);
    assertFalse(schedule.idleExpired(7_999));
    assertTrue(schedule.idleExpired(8_000));
    assertEquals(3_000, schedule.lastNewMillis());
  }

  @Test
  void aWatchWithoutIdleLimitNeverEnds() {
    WatchSchedule schedule = new WatchSchedule(100, 0, 0);
    assertFalse(schedule.idleExpired(Long.MAX_VALUE / 2));
  }

  @Test
  void aRestoredWatchKeepsItsIdleClock() {
    WatchSchedule restored = new WatchSchedule(100, 5_000, 1_000);
    assertTrue(restored.pollDue(2_000));
    assertTrue(restored.idleExpired(6_000));
  }

  @Test
  void aPollIntervalOfZeroIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new WatchSchedule(0, 0, 0));
  }
}
