package io.daybrief.text;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which dates a sentence is a candidate for: the day it reports. Much of what happened on a day is
 * written the day after ("said on Tuesday", "late last night"), and some days have no article of
 * their own. The rule is the candidate set of timeline summarizers (news-tls, Gholipour Ghalandari
 * and Ifrim 2020, {@code PM_Mean_SentenceCollector}):
 *
 * <ol>
 *   <li>a sentence whose first day-level date expression ({@link MentionedDates#first}) resolves
 *       to a date from {@code windowDays} days before its article's publication up to the
 *       publication date reports on that date, and on no other;
 *   <li>a leading sentence of the article (one of the first {@link Rule#leadingSentences}) without
 *       any date expression reports on the publication date and, with {@link Rule#dayBefore}, on
 *       the day before it too (a morning paper reports the day before);
 *   <li>any other sentence is a candidate for its publication date when {@link Rule#others} holds,
 *       else for no date.
 * </ol>
 *
 * <p>A sentence naming a later date ("tomorrow", "next Monday") announces, it does not report:
 * it falls under rule 2 or 3 as if it named no date, so a run never has dates after its articles.
 */
public final class ReportedDates implements Serializable {

  /**
   * @param windowDays how many days before its article's publication a reported date may lie
   * @param leadingSentences how many of an article's first sentences count as its lead (rule 2)
   * @param dayBefore whether a leading sentence also reports on the day before publication
   * @param others whether any other sentence is a candidate for its publication date
   */
  public record Rule(int windowDays, int leadingSentences, boolean dayBefore, boolean others) implements Serializable {
    public Rule {
      if (windowDays < 0 || leadingSentences < 0) {
        throw new IllegalArgumentException("windowDays and leadingSentences must be 0 or more");
      }
    }

    /** The last day after a date whose articles can still report on it: the window, or 1 for a lead's day before. */
    public int horizonDays() {
      return Math.max(windowDays, dayBefore && leadingSentences > 0 ? 1 : 0);
    }
  }

  /** news-tls's lead: sentences 0 to 5 ({@code j <= clip_sents} with {@code clip_sents = 5}). */
  public static final int LEADING_SENTENCES = 6;

  private final Rule rule;

  public ReportedDates(Rule rule) {
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }

  /**
   * The date {@code sentence} reports on by its own words (rule 1), if any: its first day-level
   * date expression, when that lies within the window before {@code published}.
   */
  public Optional<LocalDate> named(String sentence, LocalDate published) {
    Optional<LocalDate> first = MentionedDates.first(sentence, published);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    long daysBefore = published.toEpochDay() - first.get().toEpochDay();
    return daysBefore >= 0 && daysBefore <= rule.windowDays() ? first : Optional.empty();
  }

  /**
   * The dates a sentence is a candidate for, ascending, none repeated.
   *
   * @param ordinal the sentence's 0-based place among its article's sentences
   */
  public List<LocalDate> of(String sentence, int ordinal, LocalDate published) {
    Optional<LocalDate> named = named(sentence, published);
    if (named.isPresent()) {
      return List.of(named.get());
    }
    boolean undated = MentionedDates.first(sentence, published).isEmpty();
    if (undated && ordinal < rule.leadingSentences()) {
      return rule.dayBefore() ? List.of(published.minusDays(1), published) : List.of(published);
    }
    return rule.others() ? List.of(published) : List.of();
  }
}
