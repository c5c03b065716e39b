package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PathDatesTest {

  @Test
  void hiveStyleAndYearMonthDayDirectories() {
    assertEquals(Optional.of(LocalDate.parse("2022-03-03")), PathDates.of("/data/archive/date=2022-03-03/a.jsonl.gz"));
    assertEquals(Optional.of(LocalDate.parse("2022-03-03")), PathDates.of("/data/archive/2022/03/03/a.jsonl.gz"));
    assertEquals(Optional.of(LocalDate.parse("2022-03-03")), PathDates.of("gs://bucket/2022/03/03/feed/a.txt"));
    assertEquals(Optional.of(LocalDate.parse("2022-03-03")), PathDates.of("/archive/date=2022-03-03/a.jsonl:17"));
  }

  @Test
  void theDeepestPartitionWins() {
    assertEquals(Optional.of(LocalDate.parse("2022-03-04")), PathDates.of("/a/date=2022-03-01/2022/03/04/x.txt"));
  }

  @Test
  void fileNamesAndImpossibleDatesAreNoPartitions() {
    assertEquals(Optional.empty(), PathDates.of("/archive/2022-03-03.jsonl"));
    assertEquals(Optional.empty(), PathDates.of("/archive/date=2022-03-03.jsonl"));
    assertEquals(Optional.empty(), PathDates.of("/archive/2022/02/30/x.txt"));
    assertEquals(Optional.empty(), PathDates.of("/archive/date=1850-01-01/x.txt"));
    assertEquals(Optional.empty(), PathDates.of("/archive/22/03/03/x.txt"));
    assertEquals(Optional.empty(), PathDates.of("x.txt"));
  }
}
