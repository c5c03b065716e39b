package io.daybrief.text;

import static io.daybrief.text.DayMentions.Mention.NONE;
import static io.daybrief.text.DayMentions.Mention.OTHER_DAY;
import static io.daybrief.text.DayMentions.Mention.SAME_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayMentionsTest {
  /** A Tuesday. */
  private static final LocalDate DAY = LocalDate.of(2011, 1, 25);

  @Test
  void theWeekdayTodayOrTheDateNameTheDay() {
    assertEquals(SAME_DAY, DayMentions.of("Thousands marched in Cairo on Tuesday .", DAY));
    assertEquals(SAME_DAY, DayMentions.of("Protesters gathered today in Tahrir Square.", DAY));
    assertEquals(SAME_DAY, DayMentions.of("The curfew starts tonight.", DAY));
    assertEquals(SAME_DAY, DayMentions.of("Protests began on Jan. 25 in Cairo.", DAY));
    assertEquals(SAME_DAY, DayMentions.of("Protests began on January 25th in Cairo.", DAY));
    assertEquals(SAME_DAY, DayMentions.of("Protests began on 25 January in Cairo.", DAY));
  }

  @Test
  void otherDaysAreBackground() {
    assertEquals(OTHER_DAY, DayMentions.of("The minister resigned on Monday.", DAY));
    assertEquals(OTHER_DAY, DayMentions.of("Police fired tear gas yesterday.", DAY));
    assertEquals(OTHER_DAY, DayMentions.of("Elections were held on November 28 .", DAY));
    assertEquals(OTHER_DAY, DayMentions.of("Elections were held on Jan 2.", DAY));
  }

  @Test
  void namingTheDayWinsOverNamingOthers() {
    assertEquals(SAME_DAY, DayMentions.of("After Monday's clashes, crowds returned on Tuesday.", DAY));
  }

  @Test
  void yearsAndPlainWordsNameNoDay() {
    assertEquals(NONE, DayMentions.of("Unrest spread in March 2011 across the region.", DAY));
    assertEquals(NONE, DayMentions.of("The protests may spread, officials said.", DAY));
    assertEquals(NONE, DayMentions.of("Sundays are quiet in Cairo.", DAY));
  }
}
