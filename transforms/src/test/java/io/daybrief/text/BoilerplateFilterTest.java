package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateFilterTest {
  /** A body paragraph of seed 001, to surround single lines under test. */
  private static final String BODY = "Grandi said that unless there's an immediate end to the fighting, "
      + "millions more will likely flee Ukraine.";

  private static final String TITLE = "Putin's invasion of Ukraine leaves 2,000 civilians dead as pleas for escape routes grow";

  private final BoilerplateFilter filter = new BoilerplateFilter();

  @Test
  void ruleNamesAreTheCounterNames() {
    assertEquals(
        List.of("no-text", "ui-text", "link-line", "widget", "byline", "credit", "dateline", "navigation", "keyword-list"),
        BoilerplateFilter.ruleNames());
  }

  @Test
  void linesWithoutAnyFunctionWordAreKeywordLists() {
    assertEquals("keyword-list", secondBlock("Russia Ukraine war Putin Zelensky NATO sanctions"));
    assertNull(secondBlock("Putin Zelensky NATO sanctions talks"), "five words are too few");
    assertNull(secondBlock("Russia takes aim at crowded cities as Kremlin vows to continue peace talks"));
    assertNull(secondBlock("Ukraine Russia war Putin Zelensky NATO sanctions expand."), "sentence punctuation");
    List<String> headlineFirst = new BoilerplateFilter().classify(List.of("Russia Ukraine war Putin Zelensky NATO sanctions"));
    assertNull(headlineFirst.get(0), "the headline position is exempt");
  }

  private static String secondBlock(String line) {
    return new BoilerplateFilter().classify(List.of("A headline", line)).get(1);
  }

  @Test
  void oneVerdictPerBlock() {
    assertEquals(List.of(), filter.classify(List.of()));
    assertEquals(Collections.singletonList(null), filter.classify(List.of(BODY)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Source link", "Leave a Comment", "Listen to this article", "Loading audio...",
      "Share this article", "Advertisement", "Skip advertisement", "Sign up", "SUBSCRIBE!", "The latest:",
      "More Latest News", "Latest News", "More Topics", "Story continues below advertisement"})
  void pageFurnitureIsUiText(String line) {
    assertEquals("ui-text", verdict(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Read more: Battle to flee Kyiv as 15,000 Russian troops descend on capital and US closes airspace",
    "Read more: Boris accuses Russia of 'war crimes' after MPs give standing ovation to Ukraine ambassador",
    "See more More Latest News",
    "See more The News Explained",
    "Watch: Defiant Ukrainians form human wall to block Russian tanks from advancing",
    "WATCH | The National's Adrienne Arsenault reports from Poland, where a huge number of Ukrainians are "
        + "arriving daily in search of safety:",
    "Related: UN says Ukraine refugee surge will soon hit one million",
    "Also read: Cost of living crisis",
    "READ MORE | Kyiv braces for assault",
    "Click here to get the newsletter",
  })
  void linkLinesAreDropped(String line) {
    assertEquals("link-line", verdict(line));
  }

  @Test
  void longWatchLineOfSeed001IsALinkLine() {
    String watch = Seeds.block("001", "WATCH |");
    assertTrue(watch.split(" ").length > 60);
    assertEquals("link-line", verdict(watch));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Officials said residents could read more about the evacuation routes on the city website, as trains "
        + "left Kyiv every hour for the western border.",
    "Watching the convoy from a bridge, residents said the tanks had not moved for three days.",
    "More-than-expected numbers of refugees crossed into Poland on Thursday, officials said.",
    "Readers: tell us how the war has affected your family, and what help you have received so far.",
    "Related talks between the two delegations are expected to continue in Belarus next week.",
  })
  void paragraphsThatOnlyLookLikeLinkLinesAreKept(String paragraph) {
    assertNull(verdict(paragraph));
  }

  @Test
  void widgetChromeIsDropped() {
    assertEquals("widget", verdict(Seeds.blocks("000").get(0)));
    assertEquals("widget", verdict("Début du widget Widget. Passer le widget ?"));
    assertNull(verdict("Widget sales rose sharply in the fourth quarter as consumers bought more gadgets and "
        + "home appliances for their new homes."));
  }

  @Test
  void bylinesAreDropped() {
    assertEquals("byline", verdict("By Will Taylor"));
    assertEquals("byline", verdict("By Ursula von der Leyen and Will Taylor, Reuters"));
    assertNull(verdict("By Thursday, Russian forces had encircled the city."));
    assertNull(verdict("By March 2022 Ukraine had received weapons from allies"), "no navigation run here either");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Picture: Alamy", "Photo: Reuters", "Image : Getty Images", "(Maksim Levin/Reuters)",
      "(AP Photo/Darko Vojinovic)", "Additional reporting by The Associated Press.",
      "Reporting by Pavel Polityuk; Editing by Alex Richardson"})
  void creditsAreDropped(String line) {
    assertEquals("credit", verdict(line));
  }

  @Test
  void paragraphsStartingWithACreditLabelAreKept() {
    assertNull(verdict("Source: a senior official said the talks would continue in Belarus into next week."));
    assertNull(verdict("(Reuters) - Russian forces pressed their assault on Ukraine's second-largest city on "
        + "Thursday as more than a million people fled."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 March 2022, 13:44 | Updated: 2 March 2022, 15:19", "Updated 3 hours ago",
      "Wednesday 2 March 2022", "Published: 2022-03-02 13:44 GMT", "Last updated on March 2, 2022 at 3:15 p.m. ET",
      "13:44 BST"})
  void datelinesAreDropped(String line) {
    assertEquals("dateline", verdict(line));
  }

  @Test
  void linesWithDatesAndWordsAreKept() {
    assertNull(verdict("March 2022 was the month the war began."));
    assertNull(verdict("2,000 civilians"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2:16", "***", "12345", "- - -", "\u2022"})
  void linesWithoutLettersAreNoText(String line) {
    assertEquals("no-text", verdict(TextNormalizer.normalize(line)));
  }

  @Test
  void navigationRunsAreDroppedButNeverTheTitle() {
    List<String> blocks = List.of(TITLE, "Coronavirus", "Schools", "Cladding Crisis", "Crime & Police", BODY);
    assertEquals(Arrays.asList(null, "navigation", "navigation", "navigation", "navigation", null),
        filter.classify(blocks));
  }

  @Test
  void shortCaptionsInsideANavigationRunGoWithIt() {
    List<String> blocks = List.of(BODY, BODY,
        "Kyiv's mayor issued the plea to Sadiq Khan via the Ukrainian ambassador",
        "Kyiv Mayor Klitschko's plea to Mayor of London: Send more anti-tank rockets",
        "Belarus President Alexander Lukashenko appeared to release military plans on TV which include invading "
            + "the Transnistria region of Moldova.",
        "Did Belarus leader accidentally leak Putin's plan to invade Moldova on giant battle map?",
        "Five people - including cameraman Yevhenii Sakun - were killed when a Russian missile struck the Kyiv "
            + "TV Tower yesterday",
        "'He was just doing his job': TV cameraman identified as victim of Kyiv TV tower attack");
    assertEquals(Arrays.asList(null, null, "navigation", "navigation", "navigation", "navigation", "navigation",
        "navigation"), filter.classify(blocks));
  }

  @Test
  void shortRunsAndPunctuatedParagraphsBetweenHeadingsAreKept() {
    List<String> blocks = List.of(TITLE, BODY, "Background", BODY, "Reaction", BODY, "What comes next", BODY);
    assertEquals(Collections.nCopies(blocks.size(), null), filter.classify(blocks));
    List<String> threeHeadings = List.of(BODY, "Coronavirus", "Schools", "London", BODY);
    assertEquals(Collections.nCopies(threeHeadings.size(), null), filter.classify(threeHeadings));
  }

  @Test
  void aShortLeadAmongHeaderFurnitureIsKept() {
    String lead = "Russia's invasion of Ukraine has killed 2,000 civilians, it emerged today, as the Pope was "
        + "urged to intervene.";
    List<String> blocks = List.of(TITLE, "2 March 2022, 13:44 | Updated: 2 March 2022, 15:19",
        "Ukraine's cities are being devastated by Russian bombardments",
        "Ukraine's cities are being devastated by Russian bombardments. Picture: Alamy", "By Will Taylor", lead,
        "Listen to this article", "Loading audio...", BODY);
    assertEquals(Arrays.asList(null, "dateline", "navigation", "navigation", "byline", null, "ui-text", "ui-text",
        null), filter.classify(blocks));
  }

  @Test
  void aSubheadingAndShortParagraphsBeforeANavigationTailAreKept() {
    List<String> blocks = new ArrayList<>(List.of(BODY, "What comes next",
        "Talks resume in Belarus on Thursday, officials said.", "Both sides expect little progress."));
    List<String> tail = List.of("More Latest News", "See more More Latest News",
        "Kyiv's mayor issued the plea to Sadiq Khan via the Ukrainian ambassador",
        "Kyiv Mayor Klitschko's plea to Mayor of London: Send more anti-tank rockets",
        "Shirley Hughes has died at the age of 94",
        "Shirley Hughes: Author of much loved children's book Dogger dies aged 94");
    blocks.addAll(tail);
    assertEquals(Arrays.asList(null, null, null, null, "ui-text", "link-line", "navigation", "navigation",
        "navigation", "navigation"), filter.classify(blocks));
  }

  /** Every expectation of the brief, on the five seed articles. */
  @Test
  void seeds() {
    List<String> mustDrop = List.of("Source link", "Leave a Comment", "Listen to this article", "Loading audio...",
        "Read more: ", "See more ", "Début du widget Widget. Passer le widget ?",
        "WATCH | The National's Adrienne Arsenault reports");
    int dropped = 0;
    int kept = 0;
    for (String seed : Seeds.ids()) {
      List<String> blocks = Seeds.blocks(seed);
      List<String> verdicts = filter.classify(blocks);
      assertEquals(blocks.size(), verdicts.size());
      boolean inNavigationTail = false;
      for (int i = 0; i < blocks.size(); i++) {
        String block = blocks.get(i);
        String verdict = verdicts.get(i);
        inNavigationTail |= seed.startsWith("003") && block.equals("More Latest News");
        String where = seed + " block " + i + ": " + block;
        if (verdict != null) {
          assertTrue(BoilerplateFilter.ruleNames().contains(verdict), where);
        }
        if (inNavigationTail || mustDrop.stream().anyMatch(block::startsWith)) {
          assertTrue(verdict != null, "should be dropped: " + where);
          dropped++;
        } else if (isNewsParagraph(block)) {
          assertNull(verdict, "should be kept: " + where);
          kept++;
        }
      }
    }
    assertEquals(104, dropped);
    assertEquals(71, kept);
  }

  @Test
  void seed003KeepsItsBodyAndDropsItsFurniture() {
    List<String> blocks = Seeds.blocks("003");
    List<String> verdicts = filter.classify(blocks);
    List<String> keptBeforeTail = new ArrayList<>();
    for (int i = 0; i < blocks.indexOf("More Latest News"); i++) {
      if (verdicts.get(i) == null) {
        keptBeforeTail.add(blocks.get(i));
      }
    }
    assertEquals(TITLE, keptBeforeTail.get(0));
    assertTrue(keptBeforeTail.get(1).startsWith("Russia's invasion of Ukraine has killed 2,000 civilians"));
    assertTrue(keptBeforeTail.stream().anyMatch(b -> b.startsWith("Downing Street has claimed")));
    assertTrue(keptBeforeTail.stream().anyMatch(b -> b.startsWith("Some 15,000 Russian soldiers")));
    assertTrue(keptBeforeTail.stream().anyMatch(b -> b.startsWith("The attack on Kyiv has seen a TV tower")));
    assertEquals("dateline", verdicts.get(blocks.indexOf("2 March 2022, 13:44 | Updated: 2 March 2022, 15:19")));
    assertEquals("byline", verdicts.get(blocks.indexOf("By Will Taylor")));
    assertEquals(16, keptBeforeTail.size());
  }

  @Test
  void linearOnHostileInput() {
    Adversarial.assertLinear(text -> filter.classify(List.of(text)));
    Adversarial.assertLinear(text -> filter.classify(lines(text)));
  }

  private String verdict(String line) {
    return filter.classify(List.of(BODY, line, BODY)).get(1);
  }

  /** At least 15 words and sentence punctuation at the end: what a summary may quote. */
  private static boolean isNewsParagraph(String block) {
    String end = block.replaceAll("[\"')\\]]+$", "");
    return block.split(" ").length >= 15 && (end.endsWith(".") || end.endsWith("?") || end.endsWith("!"));
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (int start = 0; start < text.length(); start += 80) {
      lines.add(text.substring(start, Math.min(text.length(), start + 80)));
    }
    return lines;
  }

  @Test
  void everyVerdictIsARuleName() {
    List<String> all = new ArrayList<>();
    for (String seed : Seeds.ids()) {
      all.addAll(filter.classify(Seeds.blocks(seed)));
    }
    assertTrue(all.stream().filter(Objects::nonNull).allMatch(BoilerplateFilter.ruleNames()::contains));
  }
}
