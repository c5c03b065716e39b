package io.daybrief.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Page furniture of the kinds the job must drop: lines its boilerplate rules recognise on their own
 * (UI text, link lines), navigation runs, and each site's footer, which only the collection-wide
 * template rule catches because it repeats across many documents and dates.
 */
final class Boilerplate {
  /** What a generated article's boilerplate line is; the generator reports counts per kind. */
  enum Kind {
    UI_TEXT,
    LINK_LINE,
    NAVIGATION,
    FOOTER
  }

  /** One site, whose articles share an id prefix and a footer. */
  record Site(String slug, String footer) {}

  private static final List<String> UI_LINES = List.of(
      "Source link", "Listen to this article", "Share this article", "Advertisement",
      "Story continues below advertisement", "Leave a comment", "Loading audio...");

  private static final List<String> LINK_LABELS = List.of("Read more: ", "Related: ", "READ MORE | ", "See also: ", "Watch: ");

  /** Section names that are not themselves UI text, so that a run of them is judged as navigation. */
  private static final List<String> SECTIONS = List.of(
      "World", "Politics", "Business", "Technology", "Science", "Health", "Sport", "Culture", "Opinion",
      "Climate", "Travel", "Local News", "Markets", "Obituaries", "Weather", "Education");

  private static final List<String> FOOTERS = List.of(
      "© %d %s. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
      "%2$s is an independent newsroom. Sign up for our morning briefing to get the day's top stories in your inbox (%1$d edition).",
      "Copyright %d %s. Reporting from our correspondents and wire partners; corrections can be sent to the news desk.");

  private static final List<String> MASTHEADS = List.of("Courier", "Gazette", "Herald", "Tribune", "Chronicle", "Observer");

  static final int MIN_NAVIGATION_RUN = 4;
  static final int MAX_NAVIGATION_RUN = 7;

  private final SplittableRandom random;

  Boilerplate(SplittableRandom random) {
    this.random = random;
  }

  static List<Site> sites(int count, int year, long seed) {
    NovelWords towns = new NovelWords(~seed);
    List<Site> sites = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String town = towns.next(true);
      String name = "The " + town + " " + MASTHEADS.get(i % MASTHEADS.size());
      String slug = (town + "-" + MASTHEADS.get(i % MASTHEADS.size())).toLowerCase(Locale.ROOT);
      sites.add(new Site(slug, String.format(Locale.ROOT, FOOTERS.get(i % FOOTERS.size()), year, name)));
    }
    return List.copyOf(sites);
  }

  String uiLine() {
    return UI_LINES.get(random.nextInt(UI_LINES.size()));
  }

  String linkLine(String headline) {
    return LINK_LABELS.get(random.nextInt(LINK_LABELS.size())) + headline;
  }

  /** Section names mixed with teaser headlines, none ending in sentence punctuation. */
  List<String> navigationRun(int lines, List<String> recentHeadlines) {
    List<String> run = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      boolean teaser = !recentHeadlines.isEmpty() && random.nextInt(3) == 0;
      run.add(teaser
          ? recentHeadlines.get(random.nextInt(recentHeadlines.size()))
          : SECTIONS.get(random.nextInt(SECTIONS.size())));
    }
    return run;
  }
}
