package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayClockTest {

  @Test
  void datesAreMidnightsInTheZone() {
    DayClock tokyo = new DayClock("Asia/Tokyo", Duration.ofDays(2));
    long start = tokyo.startMillis(LocalDate.parse("2022-03-03"));
    assertEquals(Instant.parse("2022-03-02T15:00:00Z").toEpochMilli(), start);
    assertEquals(LocalDate.parse("2022-03-03"), tokyo.dateOf(start));
    assertEquals(LocalDate.parse("2022-03-02"), tokyo.dateOf(start - 1));
  }

  @Test
  void expiryIsTheLastMillisecondOfTheDatePlusTheLateness() {
    DayClock utc = new DayClock("UTC", Duration.ofHours(36));
    assertEquals(Instant.parse("2022-03-04T11:59:59.999Z").toEpochMilli(), utc.expiryMillis(LocalDate.parse("2022-03-02")));
    assertEquals(2, utc.latenessDays());
  }

  @Test
  void aDaylightSavingDayIsShorter() {
    DayClock kyiv = new DayClock("Europe/Kyiv", Duration.ZERO);
    LocalDate change = LocalDate.parse("2022-03-27");
    assertEquals(Duration.ofHours(23).toMillis(), kyiv.startMillis(change.plusDays(1)) - kyiv.startMillis(change));
  }
}
