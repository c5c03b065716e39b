package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportedDatesTest {
  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2011, 1, 26);
  private static final LocalDate TUESDAY = LocalDate.of(2011, 1, 25);
  private static final ReportedDates RULE = new ReportedDates(new ReportedDates.Rule(2, 6, true, false));

  @Test
  void aSentenceNamingADayWithinTheWindowReportsOnThatDayOnly() {
    assertEquals(List.of(TUESDAY), RULE.of("Thousands marched on Tuesday in Cairo .", 0, PUBLISHED));
    assertEquals(List.of(TUESDAY), RULE.of("Police fired tear gas late last night .", 40, PUBLISHED));
    assertEquals(List.of(PUBLISHED), RULE.of("The president spoke today , a day after the march on Tuesday .", 3, PUBLISHED));
  }

  @Test
  void onlyTheFirstExpressionCounts() {
    // Its first expression, 21 January, is 5 days back: outside the window of 2 days, so the
    // sentence names no reported day, and "yesterday" later in it does not make it one.
    assertEquals(List.of(), RULE.of("Since Jan. 21 , and again yesterday , crowds gathered .", 10, PUBLISHED));
    assertEquals(Optional.of(LocalDate.of(2011, 1, 21)),
        new ReportedDates(new ReportedDates.Rule(7, 6, true, false)).named("Since Jan. 21 , and again yesterday .", PUBLISHED));
  }

  @Test
  void aLeadingSentenceWithoutADateReportsOnItsDayAndTheDayBefore() {
    assertEquals(List.of(TUESDAY, PUBLISHED), RULE.of("Crowds filled the square .", 0, PUBLISHED));
    assertEquals(List.of(TUESDAY, PUBLISHED), RULE.of("Crowds filled the square .", 5, PUBLISHED));
    assertEquals(List.of(PUBLISHED),
        new ReportedDates(new ReportedDates.Rule(2, 6, false, false)).of("Crowds filled the square .", 5, PUBLISHED));
  }

  @Test
  void otherSentencesAreCandidatesForTheirDayOnlyWhenAsked() {
    assertEquals(List.of(), RULE.of("Crowds filled the square .", 6, PUBLISHED));
    assertEquals(List.of(PUBLISHED),
        new ReportedDates(new ReportedDates.Rule(2, 6, true, true)).of("Crowds filled the square .", 6, PUBLISHED));
  }

  @Test
  void aLaterDateIsAnAnnouncementNotAReport() {
    // Not undated, so not a lead sentence either.
    assertEquals(List.of(), RULE.of("They will march again tomorrow .", 0, PUBLISHED));
    assertEquals(List.of(PUBLISHED),
        new ReportedDates(new ReportedDates.Rule(2, 6, true, true)).of("They will march again on Friday , Jan. 28 .", 0, PUBLISHED));
  }

  @Test
  void theHorizonIsTheLastDayWhoseArticlesReportOnADate() {
    assertEquals(2, new ReportedDates.Rule(2, 6, true, false).horizonDays());
    assertEquals(1, new ReportedDates.Rule(0, 6, true, false).horizonDays(), "a lead reports on the day before");
    assertEquals(0, new ReportedDates.Rule(0, 6, false, false).horizonDays());
  }
}
