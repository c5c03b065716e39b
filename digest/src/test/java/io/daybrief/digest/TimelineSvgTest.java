package io.daybrief.digest;

import static io.daybrief.digest.Days.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimelineSvgTest {
  private static final Pattern MARK = Pattern.compile("<a class=\"mark\" href=\"#([^\"]+)\"([^>]*)>");

  @Test
  void oneMarkPerDateLinkingToItsSectionWithItsRange() {
    Timeline timeline = Timeline.of(
        List.of(day("2022-03-02", 1, 16), day("2022-03-03", 2, 28), day("undated", 2, 11)), Timeline.MAX_SLOTS);
    String svg = TimelineSvg.render(timeline, d -> "section-" + d.date());
    Matcher marks = MARK.matcher(svg);
    assertTrue(marks.find());
    assertEquals("section-2022-03-02", marks.group(1));
    assertEquals(" data-from=\"2022-03-02\" data-to=\"2022-03-02\"", marks.group(2));
    assertTrue(marks.find());
    assertEquals("section-2022-03-03", marks.group(1));
    assertTrue(marks.find());
    assertEquals("section-undated", marks.group(1));
    assertEquals(" data-undated=\"\"", marks.group(2));
    assertTrue(!marks.find(), "three marks, no more");
    assertTrue(svg.contains("data-granularity=\"day\""));
    assertTrue(svg.contains("<title>Wednesday, 2 March 2022: 1 document, 16 new paragraphs</title>"), svg);
    assertTrue(svg.contains(">2 Mar 2022</text>") && svg.contains(">3 Mar</text>") && svg.contains(">undated</text>"));
  }

  @Test
  void barsAreScaledToARoundMaximumAndLabelledWhenThereIsRoom() {
    Timeline timeline = Timeline.of(List.of(day("2022-03-02", 1, 16), day("2022-03-03", 2, 28)), Timeline.MAX_SLOTS);
    String svg = TimelineSvg.render(timeline, d -> "x");
    // Documents: the maximum 2 fills the 80-pixel panel, 1 fills half of it.
    assertTrue(svg.contains("class=\"docs\" x=\"") && svg.contains("height=\"80.0\""), svg);
    assertTrue(svg.contains("height=\"40.0\""), svg);
    // New paragraphs: 28 on a scale of 30.
    assertTrue(svg.contains(">30</text>"), svg);
    assertTrue(svg.contains("class=\"value\"") && svg.contains(">28</text>"), svg);
  }

  @Test
  void denseChartsHaveOneMarkPerMonthAndNoValueLabels() {
    Timeline timeline = Timeline.of(Days.consecutive(LocalDate.of(2016, 1, 1), 3000), Timeline.MAX_SLOTS);
    String svg = TimelineSvg.render(timeline, d -> "x");
    assertEquals(99, MARK.matcher(svg).results().count());
    assertTrue(svg.contains("data-from=\"2016-02-01\" data-to=\"2016-02-29\""));
    assertTrue(svg.contains("<title>February 2016: 29 documents, 29 new paragraphs, 29 dates</title>"), svg);
    assertTrue(!svg.contains("class=\"value\""));
  }

  @Test
  void anEmptyRunSaysSo() {
    String svg = TimelineSvg.render(Timeline.of(List.of(), Timeline.MAX_SLOTS), d -> "x");
    assertTrue(svg.contains("No dates were summarized"));
    assertEquals(0, MARK.matcher(svg).results().count());
  }

  @Test
  void niceCeilingsAreRoundNumbersJustAboveTheMaximum() {
    assertEquals(0, TimelineSvg.niceCeiling(0));
    assertEquals(1, TimelineSvg.niceCeiling(1));
    assertEquals(2, TimelineSvg.niceCeiling(2));
    assertEquals(3, TimelineSvg.niceCeiling(3));
    assertEquals(8, TimelineSvg.niceCeiling(7));
    assertEquals(10, TimelineSvg.niceCeiling(9));
    assertEquals(15, TimelineSvg.niceCeiling(11));
    assertEquals(30, TimelineSvg.niceCeiling(28));
    assertEquals(5000, TimelineSvg.niceCeiling(4470));
  }
}
