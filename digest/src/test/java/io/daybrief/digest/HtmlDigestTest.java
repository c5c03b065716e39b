package io.daybrief.digest;

import static io.daybrief.digest.Days.day;
import static io.daybrief.digest.Days.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlDigestTest {
  private static final Digest SEEDS_LIKE = Days.digest(List.of(
      day("2022-03-02", 1, 16, line("Russia's invasion has killed 2,000 civilians.", "003_03d6")),
      day("2022-03-03", 2, 28,
          line("Grandi said millions more will flee.", "000_80c4"),
          line("More than one million people have fled.", "001_eff9"),
          line("Lavrov said the West armed Ukraine.", "000_80c4")),
      day("undated", 2, 11, line("U.N.: Ukraine Refugee Count Tops 1 Million", "002_c7c8"))));

  @Test
  void eachSentenceCitesItsDocumentInTheDatesSourceList() {
    String html = HtmlDigest.render(SEEDS_LIKE);
    assertTrue(html.contains("<li>Grandi said millions more will flee.<a class=\"cite\" href=\"#d1-s1\" title=\"000_80c4\">1</a></li>"));
    assertTrue(html.contains("<li>More than one million people have fled.<a class=\"cite\" href=\"#d1-s2\" title=\"001_eff9\">2</a></li>"));
    assertTrue(html.contains("<li>Lavrov said the West armed Ukraine.<a class=\"cite\" href=\"#d1-s1\" title=\"000_80c4\">1</a></li>"),
        "a document cited twice keeps its number");
    assertTrue(html.contains("<li id=\"d1-s1\"><code>000_80c4</code></li>\n<li id=\"d1-s2\"><code>001_eff9</code></li>"));
  }

  @Test
  void datesCountersAndHeadingsAreShown() {
    String html = HtmlDigest.render(SEEDS_LIKE);
    assertTrue(html.contains("<h1>2–3 March 2022</h1>"));
    assertTrue(html.contains("2 dated summaries and one of undated articles, 5 sentences chosen from 5 documents."));
    assertTrue(html.contains("<span class=\"value\">95</span><span class=\"label\">boilerplate paragraphs dropped</span>"),
        "every boilerplate rule counts, template text included");
    assertTrue(html.contains("<span class=\"value\">17</span><span class=\"label\">duplicate paragraphs dropped</span>"));
    assertTrue(html.contains("<span class=\"value\">12</span><span class=\"label\">near-copy sentences dropped</span>"));
    assertTrue(html.contains("<span class=\"value\">1</span><span class=\"label\">inputs rejected</span>"));
    assertTrue(html.contains("<details class=\"day\" id=\"d0\" data-date=\"2022-03-02\" open>"));
    assertTrue(html.contains("<h2><time datetime=\"2022-03-02\">Wednesday, 2 March 2022</time></h2>"));
    assertTrue(html.contains("<span class=\"meta\">2 documents · 28 new paragraphs</span>"));
    assertTrue(html.contains("<details class=\"day\" id=\"d2\" data-date=\"undated\" open>\n<summary><h2>Undated</h2>"));
    assertTrue(html.contains("<input type=\"date\" id=\"from\" min=\"2022-03-02\" max=\"2022-03-03\">"));
  }

  @Test
  void articleTextCannotBecomeMarkupOrScript() {
    String hostile = "</script><script>alert(1)</script><!-- \u2028 <img src=x onerror=alert(2)> & \"q\"";
    String html = HtmlDigest.render(Days.digest(List.of(day("2022-03-02", 1, 1, line(hostile, "\"><b>id</b>")))));
    assertEquals(1, count(html, "<script"), "only the page's own script");
    assertFalse(html.contains("<img"));
    assertFalse(html.contains("<b>"));
    assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- \u2028 &lt;img src=x onerror=alert(2)&gt; &amp; &quot;q&quot;"));
    assertTrue(html.contains("title=\"&quot;&gt;&lt;b&gt;id&lt;/b&gt;\""));
  }

  @Test
  void thePageLoadsNothingAndItsPolicyAllowsOnlyItsOwnStyleAndScript() throws Exception {
    String html = HtmlDigest.render(SEEDS_LIKE);
    assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external resource");
    Matcher policy = Pattern.compile("Content-Security-Policy\" content=\"default-src 'none'; style-src '([^']+)'; script-src '([^']+)'\"")
        .matcher(html);
    assertTrue(policy.find(), "policy present");
    assertEquals("sha256-" + sha256(between(html, "<style>", "</style>")), policy.group(1));
    assertEquals("sha256-" + sha256(between(html, "<script>", "</script>")), policy.group(2));
    assertFalse(html.contains(" onclick=") || html.contains(" onsubmit="), "inline handlers would be blocked by the policy");
  }

  @Test
  void onlyTheFirstDatesStartExpandedOnALongDigest() {
    String html = HtmlDigest.render(Days.digest(Days.consecutive(LocalDate.of(2016, 1, 1), 3000)));
    assertEquals(3000, count(html, "<details class=\"day\""));
    assertEquals(HtmlDigest.OPEN_DATES, count(html, "\" open>\n<summary>"));
    assertTrue(html.contains("<output id=\"shown\">All 3,000 dates</output>"));
    assertEquals(99, count(html, "<a class=\"mark\""));
    assertTrue(html.length() < 2_000_000, "about 600 bytes per date of one sentence: " + html.length());
  }

  @Test
  void aDateWithoutSentencesSaysWhy() {
    String html = HtmlDigest.render(Days.digest(List.of(day("2022-03-02", 3, 0))));
    assertTrue(html.contains("<p class=\"none\">No sentence of this date was long enough and new enough for a summary.</p>"));
    assertFalse(html.contains("class=\"sources\""));
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  private static String sha256(String text) throws Exception {
    return Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
