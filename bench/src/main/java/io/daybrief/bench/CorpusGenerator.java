package io.daybrief.bench;

import io.daybrief.text.NearDuplicates;
import io.daybrief.text.TermAnalyzer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a corpus of articles up to a byte target, dates ascending as in an archive. Body
 * paragraphs are new text, exact copies or near copies of recent paragraphs at the asked rates;
 * boilerplate lines come on top at their own rate.
 *
 * <p>Copies are drawn from the last {@value #RECENT_PARAGRAPHS} new paragraphs: syndication copies
 * stories within days, and a bounded pool keeps memory flat whatever the corpus size.
 */
final class CorpusGenerator {

  /**
   * @param exactRate share of body paragraphs that repeat an earlier paragraph verbatim
   * @param nearRate share of body paragraphs that repeat an earlier one with a small edit
   * @param boilerplateRate share of body lines (all but the title) that are boilerplate
   */
  record Settings(
      long targetBytes, int dates, LocalDate firstDate, long seed,
      double exactRate, double nearRate, double boilerplateRate) {}

  static final int RECENT_PARAGRAPHS = 10_000;
  private static final int RECENT_HEADLINES = 200;
  static final int SITES = 24;
  /** Body paragraphs per article: at least 4, 14 on average, at most 40, like news pages. */
  private static final int MIN_PARAGRAPHS = 4;
  private static final double MEAN_EXTRA_PARAGRAPHS = 10;
  private static final int MAX_PARAGRAPHS = 40;
  /** Share of boilerplate units that are a navigation run; the rest are single lines. */
  private static final double NAVIGATION_SHARE = 0.2;
  /** A new paragraph that happens to equal an earlier one is drawn again, this many times at most. */
  private static final int ATTEMPTS = 8;
  /** Bytes per paragraph, low side: sizes the novelty filter for the target. */
  private static final int MIN_PARAGRAPH_BYTES = 100;

  private record Paragraph(List<String[]> sentences, String text) {}

  private final Settings settings;
  private final SplittableRandom random;
  private final TextSynthesizer synthesizer;
  private final Vocabulary vocabulary;
  private final Boilerplate boilerplate;
  private final List<Boilerplate.Site> sites;
  private final NoveltyFilter seen;
  private final NearDuplicates near = new NearDuplicates(NearDuplicates.Settings.DEFAULT);
  private final TermAnalyzer analyzer = new TermAnalyzer();
  private final Paragraph[] recent = new Paragraph[RECENT_PARAGRAPHS];
  private int recentCount;
  private final List<String> headlines = new ArrayList<>();
  private double boilerplateDue;
  private int owedExact;
  private int owedNear;
  private final CorpusStats stats;

  CorpusGenerator(Settings settings, SourceCollection source, Vocabulary vocabulary, SplittableRandom random) {
    this.settings = settings;
    this.random = random;
    this.vocabulary = vocabulary;
    this.synthesizer = new TextSynthesizer(source.sentences(), vocabulary, random);
    this.boilerplate = new Boilerplate(random);
    this.sites = Boilerplate.sites(SITES, settings.firstDate().getYear(), settings.seed());
    this.seen = new NoveltyFilter(settings.targetBytes() / MIN_PARAGRAPH_BYTES);
    this.stats = new CorpusStats(source.documents(), source.sentences().size());
  }

  CorpusStats generate(CorpusFormat format) throws IOException {
    long written = 0;
    for (int index = 0; ; index++) {
      int day = (int) Math.min(settings.dates() - 1, written * settings.dates() / settings.targetBytes());
      Draft draft = draft(index, settings.firstDate().plusDays(day).toString());
      byte[] encoded = format.encode(draft.article());
      if (written + encoded.length > settings.targetBytes()) {
        break;
      }
      format.write(draft.article(), encoded);
      written += encoded.length;
      commit(draft);
    }
    stats.finish(written, vocabulary.sourceWordCount(), vocabulary.novelWordCount(), synthesizer.wordTokens());
    return stats;
  }

  /** An article before it is known to fit, with what it would add to the corpus's history. */
  private record Draft(Article article, List<Paragraph> fresh, String title, CorpusStats.ArticleCounts counts) {}

  private Draft draft(int index, String date) {
    Boilerplate.Site site = sites.get(random.nextInt(sites.size()));
    String id = site.slug() + "-" + String.format(Locale.ROOT, "%08d", index);
    CorpusStats.ArticleCounts counts = new CorpusStats.ArticleCounts();
    String title = newTitle();
    int paragraphs = paragraphCount();
    List<String> lines = new ArrayList<>();
    List<Paragraph> fresh = new ArrayList<>();
    for (int i = 0; i < paragraphs; i++) {
      lines.add(bodyParagraph(fresh, counts));
    }
    addBoilerplate(lines, site, counts, paragraphs);
    return new Draft(new Article(id, date, title, lines), fresh, title, counts);
  }

  private void commit(Draft draft) {
    for (Paragraph paragraph : draft.fresh()) {
      recent[recentCount++ % RECENT_PARAGRAPHS] = paragraph;
    }
    headlines.add(draft.title());
    if (headlines.size() > RECENT_HEADLINES) {
      headlines.remove(0);
    }
    stats.add(draft.counts());
  }

  private String newTitle() {
    String title = Tokens.render(List.<String[]>of(synthesizer.title()));
    for (int attempt = 1; attempt < ATTEMPTS && !seen.add(NoveltyFilter.fingerprint(title)); attempt++) {
      title = Tokens.render(List.<String[]>of(synthesizer.title()));
    }
    return title;
  }

  private int paragraphCount() {
    int extra = (int) (-MEAN_EXTRA_PARAGRAPHS * Math.log(1 - random.nextDouble()));
    return Math.min(MAX_PARAGRAPHS, MIN_PARAGRAPHS + extra);
  }

  /**
   * Decides the paragraph's kind by the rates; a copy wanted while there is nothing to copy yet
   * (the first article) is owed and made as soon as there is.
   */
  private String bodyParagraph(List<Paragraph> fresh, CorpusStats.ArticleCounts counts) {
    double draw = random.nextDouble();
    boolean exact = draw < settings.exactRate();
    boolean nearCopy = !exact && draw < settings.exactRate() + settings.nearRate();
    if (recentCount == 0) {
      owedExact += exact ? 1 : 0;
      owedNear += nearCopy ? 1 : 0;
    } else if (owedExact > 0 && !exact && !nearCopy) {
      owedExact--;
      exact = true;
    } else if (owedNear > 0 && !exact && !nearCopy) {
      owedNear--;
      nearCopy = true;
    }
    if (recentCount > 0 && exact) {
      Paragraph original = pickRecent();
      counts.exactCopies++;
      synthesizer.countWords(words(original));
      return original.text();
    }
    if (recentCount > 0 && nearCopy) {
      String copy = nearCopy(counts);
      if (copy != null) {
        return copy;
      }
    }
    Paragraph paragraph = newParagraph();
    fresh.add(paragraph);
    counts.newParagraphs++;
    return paragraph.text();
  }

  private Paragraph newParagraph() {
    Paragraph paragraph = synthesizeParagraph();
    for (int attempt = 1; attempt < ATTEMPTS && !seen.add(NoveltyFilter.fingerprint(paragraph.text())); attempt++) {
      paragraph = synthesizeParagraph();
    }
    return paragraph;
  }

  private Paragraph synthesizeParagraph() {
    double draw = random.nextDouble();
    int sentenceCount = draw < 0.5 ? 1 : draw < 0.85 ? 2 : 3;
    List<String[]> sentences = new ArrayList<>(sentenceCount);
    for (int i = 0; i < sentenceCount; i++) {
      sentences.add(synthesizer.sentence());
    }
    return new Paragraph(sentences, Tokens.render(sentences));
  }

  /**
   * One sentence of a recent paragraph edited, the others kept; accepted only when the job's own
   * near-duplicate test says it is a copy and its exact dedupe says it is not. Null when no edit of
   * a few tries passes.
   */
  private String nearCopy(CorpusStats.ArticleCounts counts) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Paragraph original = pickRecent();
      int edited = random.nextInt(original.sentences().size());
      String[] sentence = original.sentences().get(edited);
      String[] edit = synthesizer.edit(sentence);
      if (Tokens.wordCount(edit) < SourceCollection.MIN_SENTENCE_WORDS || !near.isCopy(shingles(edit), shingles(sentence))) {
        continue;
      }
      List<String[]> sentences = new ArrayList<>(original.sentences());
      sentences.set(edited, edit);
      String text = Tokens.render(sentences);
      if (seen.add(NoveltyFilter.fingerprint(text))) {
        counts.nearCopies++;
        counts.nearCopySentences += sentences.size();
        synthesizer.countWords(Tokens.wordCount(edit) + words(original) - Tokens.wordCount(sentence));
        return text;
      }
    }
    return null;
  }

  private int[] shingles(String[] sentence) {
    return NearDuplicates.shingles(analyzer.terms(Tokens.render(List.<String[]>of(sentence))));
  }

  private Paragraph pickRecent() {
    return recent[random.nextInt(Math.min(recentCount, RECENT_PARAGRAPHS))];
  }

  private static int words(Paragraph paragraph) {
    int words = 0;
    for (String[] sentence : paragraph.sentences()) {
      words += Tokens.wordCount(sentence);
    }
    return words;
  }

  /**
   * Keeps boilerplate at its rate over the corpus: each article adds what its body length asks for,
   * and a navigation run may borrow from later articles, which then get less.
   */
  private void addBoilerplate(List<String> lines, Boilerplate.Site site, CorpusStats.ArticleCounts counts, int paragraphs) {
    boilerplateDue += paragraphs * settings.boilerplateRate() / (1 - settings.boilerplateRate());
    List<String> navigation = List.of();
    boolean footer = false;
    while (boilerplateDue >= 1) {
      double draw = random.nextDouble();
      if (draw < NAVIGATION_SHARE && navigation.isEmpty()) {
        int length = Boilerplate.MIN_NAVIGATION_RUN
            + random.nextInt(Boilerplate.MAX_NAVIGATION_RUN - Boilerplate.MIN_NAVIGATION_RUN + 1);
        navigation = boilerplate.navigationRun(length, headlines);
        boilerplateDue -= length;
        counts.boilerplate.merge(Boilerplate.Kind.NAVIGATION, length, Integer::sum);
      } else if (draw < NAVIGATION_SHARE + 0.3 && !footer) {
        footer = true;
        boilerplateDue--;
        counts.boilerplate.merge(Boilerplate.Kind.FOOTER, 1, Integer::sum);
      } else if (draw < NAVIGATION_SHARE + 0.55 && !headlines.isEmpty()) {
        lines.add(1 + random.nextInt(lines.size()), boilerplate.linkLine(headlines.get(random.nextInt(headlines.size()))));
        boilerplateDue--;
        counts.boilerplate.merge(Boilerplate.Kind.LINK_LINE, 1, Integer::sum);
      } else {
        lines.add(Math.min(1, lines.size()), boilerplate.uiLine());
        boilerplateDue--;
        counts.boilerplate.merge(Boilerplate.Kind.UI_TEXT, 1, Integer::sum);
      }
    }
    // Section menus sit at the top of a page, related-story lists at the bottom.
    if (random.nextInt(3) == 0) {
      lines.addAll(0, navigation);
    } else {
      lines.addAll(navigation);
    }
    if (footer) {
      lines.add(site.footer());
    }
  }
}
