package io.daybrief.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyDatesTest {
  private static Digest.Day day(String date, int importance) {
    return new Digest.Day(date, 1, 1, List.of(Days.line("Sentence of " + date + ".", "doc")), importance);
  }

  @Test
  void theSquareRootOfTheDatedDaysAreKeyDatesByImportanceTiesToTheEarlierDate() {
    // Five dated days: floor(sqrt(5)) = 2 key dates, the tie at 4 going to the earlier date.
    // The undated group never is one.
    Digest digest = Days.digest(List.of(day("2022-03-01", 2), day("2022-03-02", 9), day("2022-03-03", 4),
        day("2022-03-04", 4), day("2022-03-05", 1), day("undated", 50)));
    assertEquals(Set.of("2022-03-02", "2022-03-03"), digest.keyDates());
    Digest tie = Days.digest(List.of(day("2022-03-01", 3), day("2022-03-02", 3), day("2022-03-03", 3)));
    assertEquals(Set.of("2022-03-01"), tie.keyDates());
    Digest two = Days.digest(List.of(day("2022-03-01", 1), day("2022-03-02", 5)));
    assertEquals(Set.of(), two.keyDates(), "two dates: nothing to single out");
  }

  @Test
  void bothDigestsMarkTheKeyDatesOnly() {
    Digest digest = Days.digest(List.of(day("2022-03-01", 1), day("2022-03-02", 7), day("2022-03-03", 2),
        day("2022-03-04", 1)));
    String html = HtmlDigest.render(digest);
    assertEquals(2, html.split("★ key date", -1).length - 1, "2 of 4 dates");
    int second = html.indexOf("data-date=\"2022-03-02\"");
    int third = html.indexOf("data-date=\"2022-03-03\"");
    int fourth = html.indexOf("data-date=\"2022-03-04\"");
    assertTrue(html.indexOf("★ key date", second) < third && html.indexOf("★ key date", third) < fourth, html);
    assertFalse(html.substring(html.indexOf("data-date=\"2022-03-01\""), second).contains("★ key date"));
    String md = MarkdownDigest.render(digest);
    assertTrue(md.contains("## Wednesday, 2 March 2022 ★ key date\n"), md);
    assertTrue(md.contains("## Tuesday, 1 March 2022\n"), md);
  }
}
