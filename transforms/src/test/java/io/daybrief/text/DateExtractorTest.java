package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateExtractorTest {
  private static final Optional<LocalDate> MARCH_2 = Optional.of(LocalDate.of(2022, 3, 2));
  private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  @ParameterizedTest
  @ValueSource(strings = {
    "2 March 2022",
    "2 March 2022, 13:44",
    "March 2, 2022",
    "Mar. 2, 2022",
    "2 Mar 2022",
    "Wednesday, March 2, 2022",
    "Wed 2 March 2022 13:44 GMT",
    "2022-03-02",
    "2022/03/02",
    "2nd March 2022",
    "2nd of March, 2022",
    "March 2nd, 2022",
    "02 MARCH 2022",
    "Wednesday March 2 2022",
  })
  void readsEveryWrittenFormat(String written) {
    assertEquals(MARCH_2, DateExtractor.firstDate("Published " + written + " by staff\nKyiv is under attack."));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "30 February 2022",
    "February 30, 2022",
    "2022-02-30",
    "2022-13-01",
    "2 March 1850",
    "2 March 2150",
    "2 March 20222",
    "12022-03-02",
    "2022-03/02",
    "2022 - 03 - 02",
    "last week",
    "on Thursday",
    "May 2022",
    "2 million in March 2022",
  })
  void rejectsInvalidAndPartialDates(String written) {
    assertEquals(Optional.empty(), DateExtractor.firstDate("Reported " + written + " by staff."));
  }

  @Test
  void theFirstDateInTextOrderWins() {
    assertEquals(Optional.of(LocalDate.of(2022, 3, 3)),
        DateExtractor.firstDate("Updated March 3, 2022. First published 2 March 2022"));
  }

  @Test
  void looksOnlyAtTheFirstFiveNonBlankLines() {
    String fourLines = "Headline\n\nSubhead\n\n\nBy Will Taylor\nLead paragraph.\n";
    assertEquals(MARCH_2, DateExtractor.firstDate(fourLines + "2 March 2022\n"));
    assertEquals(Optional.empty(), DateExtractor.firstDate(fourLines + "Fifth line.\n2 March 2022\n"));
  }

  @Test
  void looksOnlyAtTheFirstTwoThousandCharacters() {
    String longFirstLine = "word ".repeat(400);
    assertEquals(Optional.empty(), DateExtractor.firstDate(longFirstLine + "2 March 2022"));
    assertEquals(MARCH_2, DateExtractor.firstDate("word ".repeat(390) + "2 March 2022"));
  }

  @Test
  void aDateIsNotReadAcrossLines() {
    assertEquals(Optional.empty(), DateExtractor.firstDate("Day 2\nMarch 2022 was cold."));
  }

  @Test
  void seeds() {
    assertEquals(MARCH_2, DateExtractor.firstDate(Seeds.withoutHeader(Seeds.raw("003"))));
    assertEquals(Optional.empty(), DateExtractor.firstDate(Seeds.raw("002")));
    assertEquals(Optional.empty(), DateExtractor.firstDate(Seeds.raw("004")));
    assertEquals(Optional.empty(), DateExtractor.firstDate(Seeds.withoutHeader(Seeds.raw("000"))));
    assertEquals(Optional.of(LocalDate.of(2022, 3, 3)), DateExtractor.firstDate(Seeds.raw("000")));
  }

  @Test
  void parsesIsoDateFields() {
    assertEquals(MARCH_2, DateExtractor.parseDateField("2022-03-02", KYIV));
    assertEquals(MARCH_2, DateExtractor.parseDateField("  2022-03-02\n", KYIV));
    assertEquals(Optional.of(LocalDate.of(2400, 1, 1)), DateExtractor.parseDateField("2400-01-01", KYIV));
  }

  @Test
  void convertsOffsetTimestampsToTheZone() {
    assertEquals(Optional.of(LocalDate.of(2022, 3, 3)), DateExtractor.parseDateField("2022-03-02T23:30:00Z", KYIV));
    assertEquals(MARCH_2, DateExtractor.parseDateField("2022-03-02T23:30:00Z", ZoneOffset.UTC));
    assertEquals(MARCH_2, DateExtractor.parseDateField("2022-03-03T00:30:00+02:00", ZoneOffset.UTC));
    assertEquals(Optional.of(LocalDate.of(2022, 3, 3)), DateExtractor.parseDateField("2022-03-02T20:00:00-05:00", KYIV));
    assertEquals(MARCH_2, DateExtractor.parseDateField("2022-03-02T10:15:30+01:00[Europe/Paris]", KYIV));
    assertEquals(MARCH_2, DateExtractor.parseDateField("2022-03-02 23:30:00Z", ZoneOffset.UTC));
  }

  @Test
  void takesLocalTimestampsAsAlreadyInTheZone() {
    assertEquals(MARCH_2, DateExtractor.parseDateField("2022-03-02T13:44:00", KYIV));
    assertEquals(MARCH_2, DateExtractor.parseDateField("2022-03-02T23:59", KYIV));
    assertEquals(MARCH_2, DateExtractor.parseDateField("2022-03-02 13:44", KYIV));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "2022-02-30", "yesterday", "2 March 2022", "2022-3-2", "2022-03-02T25:00:00",
      "2022-03-02X13:44", "2022-03-02T13:44:00+25:00", "20220302"})
  void rejectsEverythingElse(String value) {
    assertEquals(Optional.empty(), DateExtractor.parseDateField(value, KYIV));
  }

  @Test
  void aMissingFieldIsNoDate() {
    assertEquals(Optional.empty(), DateExtractor.parseDateField(null, KYIV));
  }

  @Test
  void linearOnHostileInput() {
    Adversarial.assertLinear(DateExtractor::firstDate);
    Adversarial.assertLinear(value -> DateExtractor.parseDateField(value, KYIV));
  }

  @Test
  void explicitDatesAreHeldToTheYears1900To2100() throws Exception {
    assertEquals(LocalDate.of(1900, 1, 1), DateExtractor.explicitDate("1900-01-01", KYIV));
    assertEquals(LocalDate.of(2100, 12, 31), DateExtractor.explicitDate("2100-12-31T12:00:00", KYIV));
    assertEquals("date out of range '2202-03-02' (years 1900 to 2100)", explicitDateReason("2202-03-02"));
    assertEquals("date out of range '1899-12-31' (years 1900 to 2100)", explicitDateReason("1899-12-31"));
    assertEquals("invalid date 'yesterday'", explicitDateReason("yesterday"));
    assertEquals("invalid date '2022-02-30'", explicitDateReason("2022-02-30"));
  }

  @Test
  void aLongValueIsCutShortInTheReason() {
    String reason = explicitDateReason("x".repeat(79) + "\uD83D\uDE00" + "y".repeat(100));
    assertEquals("invalid date '" + "x".repeat(79) + "…'", reason, "never half a surrogate pair");
  }

  private static String explicitDateReason(String value) {
    return assertThrows(InvalidInputException.class, () -> DateExtractor.explicitDate(value, KYIV)).getMessage();
  }

  @Test
  void aTimestampFieldKeepsItsTimeOfDayForEventTime() {
    assertEquals(Optional.of(java.time.Instant.parse("2022-03-02T11:44:00Z")),
        DateExtractor.timestampOfField("2022-03-02T13:44:00+02:00", KYIV));
    // A local timestamp is taken in the run's zone, as its date is.
    assertEquals(Optional.of(java.time.Instant.parse("2022-03-02T11:44:00Z")),
        DateExtractor.timestampOfField("2022-03-02 13:44", KYIV));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-03-02", "", "  ", "yesterday", "2022-03-02Tnoon"})
  void aPlainDateOrNoDateHasNoTimestamp(String value) {
    assertEquals(Optional.empty(), DateExtractor.timestampOfField(value, KYIV));
  }
}
