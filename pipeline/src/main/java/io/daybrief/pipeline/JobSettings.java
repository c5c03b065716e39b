package io.daybrief.pipeline;

import io.daybrief.storage.Storage;
import io.daybrief.text.DateFilter;
import io.daybrief.text.DaySummarizer;
import io.daybrief.text.LaterCopies;
import io.daybrief.text.NearDuplicates;
import io.daybrief.text.ReportedDates;
import io.daybrief.transforms.DedupeParagraphs;
import io.daybrief.transforms.SummarizeNews;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Options checked and turned into plain values before any work starts, so that a bad option is a
 * one-line error naming the option, not a failure deep inside a running job.
 */
record JobSettings(
    List<String> inputs, String output, String timeZone, SummarizeNews.Settings summarize, String state,
    int stateRetentionDays, int rewriteDays) {

  /** The longest rewrite window: each of its dates' text stays in the state. */
  static final int MAX_REWRITE_DAYS = 31;

  static JobSettings from(SummarizeOptions options) {
    String timeZone = options.getTimeZone();
    try {
      ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("--timeZone: unknown time zone '" + timeZone + "' (use an IANA name such as UTC or Europe/Kyiv)");
    }
    LocalDate from = date("--from", options.getFrom());
    LocalDate to = date("--to", options.getTo());
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    positive("--sentencesPerDate", options.getSentencesPerDate());
    positive("--minSentenceWords", options.getMinSentenceWords());
    positive("--shards", options.getShards());
    double redundancy = fraction("--redundancyThreshold", options.getRedundancyThreshold());
    double repeatedShare = fraction("--repeatedShare", options.getRepeatedShare());
    positive("--templateMinOccurrences", options.getTemplateMinOccurrences());
    positive("--templateMinDates", options.getTemplateMinDates());
    if (options.getInput() == null || options.getInput().isEmpty()) {
      throw new IllegalArgumentException("--input is required: a glob or directory of articles");
    }
    // An empty path would silently mean the working directory.
    if (options.getInput().stream().anyMatch(input -> input == null || input.isBlank())) {
      throw new IllegalArgumentException("--input must not be empty: a glob or directory of articles");
    }
    if (options.getOutput() == null || options.getOutput().isBlank()) {
      throw new IllegalArgumentException("--output must not be empty: the directory to write to");
    }
    positive("--maxDocumentBytes", options.getMaxDocumentBytes());
    if (options.getFlinkRestartAttempts() < 0) {
      throw new IllegalArgumentException("--flinkRestartAttempts must be 0 or more, was " + options.getFlinkRestartAttempts());
    }
    DateFilter dates = new DateFilter(from, to, options.getUndated() == DateOptions.UndatedPolicy.group);
    if (options.getDates() != null && !options.getDates().isEmpty()) {
      dates = dates.onlyDates(listedDates(options.getDates()));
    }
    String state = options.getState() == null || options.getState().isBlank() ? null : options.getState();
    if (state != null) {
      if (!Storage.supports(state)) {
        throw new IllegalArgumentException("--state '" + state + "': must be a local or mounted directory, or an hdfs:// one");
      }
      // The state holds dates; an undated document has no place in it, and would change IDF run by run.
      dates = dates.withoutUndated();
      state = absolute(state);
    }
    if (options.getStateRetentionDays() < 0) {
      throw new IllegalArgumentException("--stateRetentionDays must be 0 (keep all) or more, was " + options.getStateRetentionDays());
    }
    if (options.getTopDates() < 0) {
      throw new IllegalArgumentException("--topDates must be 0 (all) or positive, was " + options.getTopDates());
    }
    if (options.getReportWindowDays() < 0) {
      throw new IllegalArgumentException("--reportWindowDays must be 0 or more, was " + options.getReportWindowDays());
    }
    boolean byReport = dateBy(options) == DateOptions.DateBy.reported;
    // news-tls's candidates: a lead sentence also reports on the day before; other sentences without a
    // reported date are no candidates (both measured: docs/quality.md).
    ReportedDates.Rule reported = byReport
        ? new ReportedDates.Rule(options.getReportWindowDays(), ReportedDates.LEADING_SENTENCES, true, false)
        : null;
    int rewriteDays = rewriteDays(options, reported);
    if (state != null && options.getStateRetentionDays() > 0 && options.getStateRetentionDays() <= rewriteDays) {
      throw new IllegalArgumentException("--stateRetentionDays=" + options.getStateRetentionDays()
          + " must be more than --rewriteDays=" + rewriteDays + " (the dates summarized again need their fingerprints)");
    }
    DaySummarizer.Selection selection = options.getSelection() != null ? options.getSelection()
        : byReport ? DaySummarizer.Selection.SUMMARY : DaySummarizer.Selection.RANK;
    DaySummarizer.Centroid centroid = options.getCentroid() != null ? options.getCentroid()
        : byReport ? DaySummarizer.Centroid.SENTENCES : DaySummarizer.Centroid.DOCUMENTS;
    // Not an option: keeping every candidate lost to the cut on every metric (docs/quality.md); dated by
    // publication there are no named and lead sentences to cut by.
    DaySummarizer.CandidateCut cut = byReport ? DaySummarizer.CandidateCut.KNEE : DaySummarizer.CandidateCut.NONE;
    if (options.getWordsPerDate() < 0) {
      throw new IllegalArgumentException("--wordsPerDate must be 0 (off) or positive, was " + options.getWordsPerDate());
    }
    DaySummarizer.Settings summary = new DaySummarizer.Settings(
        options.getSentencesPerDate(), options.getWordsPerDate(), options.getMinSentenceWords(), redundancy,
        selection, centroid, keywords(options.getKeywords()), repeatedShare, cut);
    NearDuplicates.Settings near = new NearDuplicates.Settings(
        fraction("--nearDuplicateJaccard", options.getNearDuplicateJaccard()),
        fraction("--nearDuplicateContainment", options.getNearDuplicateContainment()),
        NearDuplicates.Settings.DEFAULT.minShingles(),
        NearDuplicates.Settings.DEFAULT.bands(),
        NearDuplicates.Settings.DEFAULT.rows());
    DedupeParagraphs.Settings dedupe = new DedupeParagraphs.Settings(
        options.getShards(), options.getMinSentenceWords(), near,
        new LaterCopies.TemplateRule(options.getTemplateMinOccurrences(), options.getTemplateMinDates()));
    List<String> inputs = options.getInput().stream().map(JobSettings::absolute).toList();
    return new JobSettings(inputs, absolute(options.getOutput()), timeZone,
        new SummarizeNews.Settings(dates, dedupe, summary, options.getShards(), reported, options.getTopDates()), state,
        options.getStateRetentionDays(), rewriteDays);
  }

  /** The same settings for a run that reads and summarizes {@code dates}. */
  JobSettings readingDates(DateFilter dates) {
    SummarizeNews.Settings s = summarize;
    return new JobSettings(inputs, output, timeZone,
        new SummarizeNews.Settings(dates, s.dedupe(), s.summary(), s.shards(), s.reported(), s.topDates()), state,
        stateRetentionDays, rewriteDays);
  }

  /** {@code --dateBy}, or when unset: by report, in batch, nightly and streaming runs alike. */
  static DateOptions.DateBy dateBy(SummarizeOptions options) {
    return options.getDateBy() != null ? options.getDateBy() : DateOptions.DateBy.reported;
  }

  /**
   * {@code --rewriteDays}: by report, from the report horizon (a shorter window would leave dates that
   * a run's articles report on with the summary of an earlier run) to {@link #MAX_REWRITE_DAYS}; by
   * publication no date but the run's own changes, so 0.
   */
  private static int rewriteDays(SummarizeOptions options, ReportedDates.Rule reported) {
    Integer value = options.getRewriteDays();
    if (reported == null) {
      if (value != null && value != 0) {
        throw new IllegalArgumentException("--rewriteDays=" + value + " applies to --dateBy=reported only: dated by publication, a run changes only its own dates");
      }
      return 0;
    }
    int horizon = reported.horizonDays();
    if (value == null) {
      return horizon;
    }
    if (value < horizon || value > MAX_REWRITE_DAYS) {
      throw new IllegalArgumentException("--rewriteDays must be from " + horizon + " (the days after a date whose articles "
          + "can report on it, from --reportWindowDays) to " + MAX_REWRITE_DAYS + ", was " + value);
    }
    return value;
  }

  /**
   * Local paths are made absolute here, on the client: a Flink TaskManager resolves relative paths
   * against its own working directory, not the user's.
   */
  static String absolute(String path) {
    if (path.contains("://")) {
      return path;
    }
    String absolute = Path.of(path).toAbsolutePath().normalize().toString();
    return path.endsWith("/") && !absolute.endsWith("/") ? absolute + "/" : absolute;
  }

  private static LocalDate date(String option, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + ": '" + value + "' is not a date (expected YYYY-MM-DD)");
    }
  }

  /** {@code --keywords}: repeated or comma-separated; blanks ignored. */
  private static List<String> keywords(List<String> values) {
    if (values == null) {
      return List.of();
    }
    List<String> keywords = new java.util.ArrayList<>();
    for (String value : values) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          keywords.add(part.trim());
        }
      }
    }
    return List.copyOf(keywords);
  }

  /** {@code --dates}: the option may be repeated, and each value may be a comma-separated list. */
  private static Set<LocalDate> listedDates(List<String> values) {
    Set<LocalDate> dates = new TreeSet<>();
    for (String value : values) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          dates.add(date("--dates", part));
        }
      }
    }
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("--dates: no date given (expected YYYY-MM-DD,YYYY-MM-DD,...)");
    }
    return dates;
  }

  private static double fraction(String option, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(option + " must be in (0, 1], was " + value);
    }
    return value;
  }

  private static void positive(String option, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(option + " must be a positive number, was " + value);
    }
  }
}
