package io.daybrief.pipeline;

import io.daybrief.model.SummaryRevision;
import io.daybrief.text.DayClock;
import io.daybrief.text.DurationText;
import io.daybrief.text.ReportedDates;
import io.daybrief.transforms.ArchiveState;
import io.daybrief.transforms.ArchiveStateDirectory;
import io.daybrief.transforms.CollectDayPanes;
import io.daybrief.transforms.Counters;
import io.daybrief.transforms.JsonLines;
import io.daybrief.transforms.ReadDocuments;
import io.daybrief.transforms.StreamDates;
import io.daybrief.transforms.SummarizeDayPanes;
import io.daybrief.transforms.SummarizeNews;
import io.daybrief.transforms.SummarizeStream;
import io.daybrief.transforms.WatchDocuments;
import io.daybrief.transforms.WriteLatestSummaries;
import io.daybrief.transforms.WriteLineFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.StreamingOptions;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Builds the streaming job ({@code --streaming}) from options and runs it until it ends (the idle
 * rule) or is cancelled. Outputs: {@code updates/} (every revision, JSON lines), {@code latest/<date>.json}
 * (the newest revision of each date, replaced atomically), {@code rejected/} (rejected records).
 */
public final class StreamingJob {
  /** How long revisions gather before an {@code updates/} file is written. */
  static final long FLUSH_MILLIS = 1_000;

  private StreamingJob() {}

  /**
   * The streaming options as plain values, checked before any work; see {@link JobSettings}.
   *
   * @param seedSegments the archive state's segment files the job starts from ({@code --state}), or none
   */
  record Settings(
      JobSettings job, WatchDocuments.Settings watch, SummarizeStream.Settings summarize, List<String> seedSegments) {

    static Settings from(SummarizeOptions options) {
      JobSettings job = JobSettings.from(options);
      Duration lateness = duration("--allowedLateness", options.getAllowedLateness());
      ReportedDates.Rule reported = job.summarize().reported();
      // A date's final revision comes when its lateness has passed: it must not miss the articles that report on it.
      if (reported != null && lateness.compareTo(Duration.ofDays(reported.windowDays())) < 0) {
        throw new IllegalArgumentException("--allowedLateness=" + options.getAllowedLateness() + " is shorter than "
            + "--reportWindowDays=" + reported.windowDays() + ": a date's final summary must wait for the articles that "
            + "may report on it (use --allowedLateness=" + reported.windowDays() + "d or more, or --dateBy=published)");
      }
      Duration early = duration("--earlyFiringDelay", options.getEarlyFiringDelay());
      Duration poll = duration("--pollInterval", options.getPollInterval());
      Duration idle = options.getStopAfterIdle() == null || options.getStopAfterIdle().isBlank()
          ? Duration.ZERO : duration("--stopAfterIdle", options.getStopAfterIdle());
      if (poll.isZero()) {
        throw new IllegalArgumentException("--pollInterval must be more than 0");
      }
      positive("--idfWindowDays", options.getIdfWindowDays());
      positive("--dedupeRetentionDays", options.getDedupeRetentionDays());
      DayClock clock = new DayClock(job.timeZone(), lateness);
      SummarizeNews.Settings batch = job.summarize();
      WatchDocuments.Settings watch = new WatchDocuments.Settings(
          new ReadDocuments.Settings(job.timeZone(), options.getMaxDocumentBytes(), options.getShards()),
          clock, poll.toMillis(), idle.toMillis());
      SummarizeStream.Settings summarize = new SummarizeStream.Settings(
          new CollectDayPanes.Settings(job.timeZone(), early.toMillis(), lateness.toMillis()),
          new SummarizeDayPanes.Settings(clock, new StreamDates(reported, options.getIdfWindowDays(),
              options.getDedupeRetentionDays(), batch.dedupe().near(), batch.dedupe().minWords()), batch.summary()));
      return new Settings(job, watch, summarize, List.of());
    }

    private static Duration duration(String option, String value) {
      try {
        return DurationText.parse(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(option + ": " + e.getMessage());
      }
    }

    private static void positive(String option, int value) {
      if (value <= 0) {
        throw new IllegalArgumentException(option + " must be a positive number, was " + value);
      }
    }
  }

  /** Whether the options ask for the streaming job. */
  static boolean isStreaming(SummarizeOptions options) {
    return options.as(StreamingOptions.class).isStreaming();
  }

  /** Checks the options; unlike batch, inputs may match nothing yet (files come later). */
  static Settings validate(SummarizeOptions options) {
    Settings settings = Settings.from(options);
    FileSystems.setDefaultPipelineOptions(options);
    if (settings.job().state() != null) {
      settings = new Settings(settings.job(), settings.watch(), settings.summarize(), seedSegments(settings.job()));
    }
    Preflight.createLocalOutputDirectory(settings.job().output());
    return settings;
  }

  /**
   * The segment files of the archive state's current version, which the job reads once at its start.
   * Read-only, without the state's lock: a batch run may commit a new version meanwhile, and the old
   * version's files it removes are then missing for a job that has not read them yet (it fails).
   */
  private static List<String> seedSegments(JobSettings job) {
    Preflight.checkState(job);
    SortedMap<String, String> segments;
    try {
      segments = ArchiveStateDirectory.at(job.state()).segmentFiles();
    } catch (IOException e) {
      throw new IllegalArgumentException("--state '" + job.state() + "': cannot be read (" + e.getMessage() + ")");
    }
    // Batch creates a state; a stream only reads one, and a missing one is most likely a wrong path.
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("--state '" + job.state() + "': no archive state there (a batch run with --state writes one)");
    }
    return List.copyOf(segments.values());
  }

  /** Watches, summarizes and writes; the pipeline is returned unrun. */
  static Pipeline build(SummarizeOptions options, Settings settings) {
    RunnerDefaults.applyStreaming(options);
    Pipeline pipeline = Pipeline.create(options);
    String output = settings.job().output();
    PCollectionTuple read = pipeline.apply("WatchDocuments", new WatchDocuments(settings.job().inputs(), settings.watch()));
    SummarizeStream summarize = new SummarizeStream(settings.summarize());
    if (!settings.seedSegments().isEmpty()) {
      summarize = summarize.withSeeds(pipeline.apply("ReadArchiveState", ArchiveState.dayRecords(settings.seedSegments())));
    }
    PCollectionTuple summarized = read.get(WatchDocuments.DOCUMENTS).apply("SummarizeStream", summarize);
    PCollection<SummaryRevision> summaries = summarized.get(SummarizeStream.SUMMARIES);
    summaries
        .apply("FormatSummaries", MapElements.into(TypeDescriptors.strings()).via(JsonLines::summary))
        .setCoder(StringUtf8Coder.of())
        .apply("WriteUpdates", new WriteLineFiles(output + "/updates/", "updates", FLUSH_MILLIS));
    summaries.apply("WriteLatest", new WriteLatestSummaries(output + "/latest/", settings.summarize().summaries().clock()));
    PCollectionList.of(read.get(WatchDocuments.REJECTED)).and(summarized.get(SummarizeStream.REJECTED))
        .apply("CollectRejected", Flatten.pCollections())
        .apply("FormatRejected", MapElements.into(TypeDescriptors.strings()).via(JsonLines::rejected))
        .setCoder(StringUtf8Coder.of())
        .apply("WriteRejected", new WriteLineFiles(output + "/rejected/", "rejected", FLUSH_MILLIS));
    return pipeline;
  }

  /** Runs until the job ends: with --stopAfterIdle when the inputs stay quiet, else when cancelled. */
  static PipelineResult.State run(SummarizeOptions options, Settings settings, PrintStream out) throws IOException {
    PipelineResult result = build(options, settings).run();
    out.printf("daybrief: streaming from %s to %s (latest/, updates/, rejected/)%n",
        String.join(", ", settings.job().inputs()), settings.job().output());
    if (!settings.seedSegments().isEmpty()) {
      out.printf("daybrief: seeded from the archive state %s: %d dates%n", settings.job().state(), settings.seedSegments().size());
    }
    PipelineResult.State state = result.waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("the streaming job ended in state " + state);
    }
    RunReport report = RunReport.of(result);
    out.printf("daybrief: streaming ended: %d dates, %d revisions, %d documents read, %d late, %d rejected in all%n",
        report.get(Counters.DATES_SUMMARIZED), report.get(Counters.SUMMARY_REVISIONS),
        report.get(Counters.DOCUMENTS_READ), report.get(Counters.DOCUMENTS_LATE), report.get(Counters.REJECTED_RECORDS));
    return state;
  }
}
