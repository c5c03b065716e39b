package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionedDatesTest {
  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2011, 1, 26);

  @Test
  void relativeWordsCountFromThePublicationDate() {
    assertEquals(Set.of(LocalDate.of(2011, 1, 25)), MentionedDates.in("Police fired tear gas yesterday .", PUBLISHED));
    assertEquals(Set.of(LocalDate.of(2011, 1, 25)), MentionedDates.in("Crowds gathered last night in Cairo.", PUBLISHED));
    assertEquals(Set.of(LocalDate.of(2011, 1, 27)), MentionedDates.in("The vote is tomorrow.", PUBLISHED));
    assertEquals(Set.of(PUBLISHED), MentionedDates.in("Today the square was quiet.", PUBLISHED));
  }

  @Test
  void theQuickChecksBeforeThePatternsFoldCaseAsThePatternsDo() {
    // Relative words and weekdays match in any ASCII case; a checked-for word inside another word still lets the pattern decide.
    assertEquals(Set.of(LocalDate.of(2011, 1, 25)), MentionedDates.in("Police said YESTERDAY it was over.", PUBLISHED));
    assertEquals(Set.of(PUBLISHED), MentionedDates.in("Crowds return TONIGHT.", PUBLISHED));
    assertEquals(Set.of(PUBLISHED), MentionedDates.in("Talks resumed This Evening.", PUBLISHED));
    assertEquals(Set.of(), MentionedDates.in("A nightly curfew holds in Cairo for days.", PUBLISHED));
    assertEquals(Set.of(), MentionedDates.in("Protests spread in March across the region.", PUBLISHED), "a month without a day");
    assertEquals(Set.of(), MentionedDates.in("Some 25 people were hurt in march clashes.", PUBLISHED), "a day without a month");
    assertEquals(true, MentionedDates.containsAsciiIgnoreCase("on WedNesDAY", "day"));
    assertEquals(false, MentionedDates.containsAsciiIgnoreCase("DA Y", "day"));
    assertEquals(false, MentionedDates.containsAsciiIgnoreCase("da", "day"));
  }

  @Test
  void aWeekdayIsTheLatestOnOrBeforePublicationUnlessNext() {
    assertEquals(Set.of(LocalDate.of(2011, 1, 25)), MentionedDates.in("Thousands marched on Tuesday .", PUBLISHED));
    assertEquals(Set.of(PUBLISHED), MentionedDates.in("Talks resumed on Wednesday.", PUBLISHED));
    assertEquals(Set.of(LocalDate.of(2011, 1, 20)), MentionedDates.in("It began on Thursday.", PUBLISHED));
    assertEquals(Set.of(LocalDate.of(2011, 1, 31)), MentionedDates.in("A strike is called for next Monday.", PUBLISHED));
  }

  @Test
  void aMonthAndDayLieInTheNearestYear() {
    assertEquals(Set.of(LocalDate.of(2011, 1, 25)), MentionedDates.in("Protests began on Jan . 25 in Cairo.", PUBLISHED));
    assertEquals(Set.of(LocalDate.of(2011, 1, 25)), MentionedDates.in("Protests began on 25th of January.", PUBLISHED));
    assertEquals(Set.of(LocalDate.of(2010, 11, 28)), MentionedDates.in("Elections were held on November 28 .", PUBLISHED));
    assertEquals(Set.of(LocalDate.of(2011, 3, 3)), MentionedDates.in("A rally is planned for March 3.", PUBLISHED));
  }

  @Test
  void aWrittenYearIsTaken() {
    assertEquals(Set.of(LocalDate.of(2010, 1, 12)), MentionedDates.in("The quake struck on January 12 , 2010 .", PUBLISHED));
    assertEquals(Set.of(LocalDate.of(2009, 6, 4)), MentionedDates.in("He spoke in Cairo on 4 June 2009.", PUBLISHED));
    assertEquals(Set.of(), MentionedDates.in("The treaty was signed on July 4, 1776.", PUBLISHED));
  }

  @Test
  void severalDatesInOneSentenceAreAllNamed() {
    assertEquals(Set.of(LocalDate.of(2011, 1, 24), LocalDate.of(2011, 1, 25)),
        MentionedDates.in("After Monday's clashes, crowds returned yesterday.", PUBLISHED));
  }

  @Test
  void lowerCaseNamesAndYearsAloneNameNoDay() {
    assertEquals(Set.of(), MentionedDates.in("The protests may 5 times grow, officials said.", PUBLISHED));
    assertEquals(Set.of(), MentionedDates.in("Unrest spread in March 2011 across the region.", PUBLISHED));
    assertEquals(Set.of(), MentionedDates.in("Sundays are quiet in Cairo.", PUBLISHED));
    assertEquals(Set.of(), MentionedDates.in("Shops sold out on black friday deals.", PUBLISHED));
  }

  @Test
  void anArticleReportsOnTheDaysBeforeItWithinTheWindow() {
    String sentence = "After clashes on Jan . 20 and on Monday , talks resumed today ; a rally is set for Jan . 28 .";
    assertEquals(Set.of(LocalDate.of(2011, 1, 24)), MentionedDates.reportedBy(sentence, PUBLISHED, 2));
    assertEquals(Set.of(LocalDate.of(2011, 1, 20), LocalDate.of(2011, 1, 24)),
        MentionedDates.reportedBy(sentence, PUBLISHED, 6));
  }

  @Test
  void theFirstExpressionInTextOrderIsTheReportedOne() {
    assertEquals(java.util.Optional.of(LocalDate.of(2011, 1, 25)),
        MentionedDates.first("Protesters said on Tuesday they would march again on Jan. 28 .", PUBLISHED));
    assertEquals(java.util.Optional.of(LocalDate.of(2011, 1, 18)),
        MentionedDates.first("On Jan. 18 , a week before Tuesday's march , it began .", PUBLISHED));
    assertEquals(java.util.Optional.of(PUBLISHED), MentionedDates.first("Officials said this morning that 40 died .", PUBLISHED));
    assertEquals(java.util.Optional.empty(), MentionedDates.first("Officials said that 40 died .", PUBLISHED));
  }

  @Test
  void aWeekdayBeforeAnExplicitDateIsThatDate() {
    // "Friday" alone is 21 January (the last Friday); with the date it is the date.
    assertEquals(java.util.Optional.of(LocalDate.of(2011, 1, 14)),
        MentionedDates.first("It began on Friday , Jan. 14 , in Tunis .", PUBLISHED));
    assertEquals(java.util.Optional.of(LocalDate.of(2011, 1, 21)),
        MentionedDates.first("It began on Friday and lasted until Jan. 24 .", PUBLISHED));
  }

  @Test
  void aDateWithATimeOfDayIsATimestampAndNamesNoDay() {
    assertEquals(Set.of(), MentionedDates.in("January 25 , 2011 at 5:48 pm | Reply The army will not act .", PUBLISHED));
    assertEquals(Set.of(), MentionedDates.in("At 2:54 pm on 24 Jan 2011 , reader wrote : help them .", PUBLISHED));
    assertEquals(Set.of(), MentionedDates.in("Last updated : 25 January , 2011 - 14:10 GMT Aid arrives .", PUBLISHED));
    assertEquals(Set.of(), MentionedDates.in("Tuesday 25 January 2011 17.37 GMT The world should prepare .", PUBLISHED),
        "a weekday that opens a timestamp is part of it");
    assertEquals(Optional.empty(), MentionedDates.first("Tue Jan 25 , 2011 10:19 pm EST Crowds grew .", PUBLISHED));
    // The text after a timestamp still names its own days.
    assertEquals(Optional.of(LocalDate.of(2011, 1, 24)),
        MentionedDates.first("January 26 , 2011 at 9:02 am | The march on Monday was huge .", PUBLISHED));
  }

  @Test
  void numbersNearADateThatAreNoTimeOfDayLeaveItADate() {
    assertEquals(Set.of(LocalDate.of(2011, 1, 25)), MentionedDates.in("On January 25 , 2011 , 15 people died .", PUBLISHED));
    assertEquals(Set.of(LocalDate.of(2011, 1, 25)), MentionedDates.in("On Jan . 25 at least 12 were hurt .", PUBLISHED));
    assertEquals(Set.of(LocalDate.of(2011, 1, 25)), MentionedDates.in("The 5:30 train left on 25 January 2011 .", PUBLISHED));
  }
}
