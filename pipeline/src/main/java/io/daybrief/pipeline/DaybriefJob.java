package io.daybrief.pipeline;

import io.daybrief.digest.DigestWriter;
import io.daybrief.digest.ReportFormat;
import io.daybrief.model.DailySummary;
import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.model.ArchiveSegment;
import io.daybrief.text.ShardCount;
import io.daybrief.transforms.ArchiveState;
import io.daybrief.transforms.ArchiveStateDirectory;
import io.daybrief.transforms.CommitFiles;
import io.daybrief.transforms.ReadDocuments;
import io.daybrief.transforms.StagedFiles;
import io.daybrief.transforms.WriteDateCounts;
import io.daybrief.transforms.WriteRejected;
import io.daybrief.transforms.WriteSummaries;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/** Builds the batch job from options, runs it to the end and reports its counters. */
public final class DaybriefJob {
  private DaybriefJob() {}

  /**
   * Checks the options and that every input matches a file, before any work; raises {@code --shards}
   * to what the input's size needs (see {@link ShardCount}).
   *
   * @throws IllegalArgumentException a bad option, with a one-line reason naming it
   * @throws IOException when the inputs cannot be listed at all
   */
  static JobSettings validate(SummarizeOptions options) throws IOException {
    JobSettings settings = JobSettings.from(options);
    FileSystems.setDefaultPipelineOptions(options);
    if (!options.getAllowEmpty()) {
      List<String> unmatched = ReadDocuments.unmatched(settings.inputs());
      if (!unmatched.isEmpty()) {
        throw new IllegalArgumentException("--input "
            + unmatched.stream().map(input -> "'" + input + "'").collect(Collectors.joining(", "))
            + (unmatched.size() == 1 ? " matches" : " match") + " no file (--allowEmpty to run anyway)");
      }
    }
    int shards = ShardCount.forInput(options.getShards(), ReadDocuments.inputBytes(settings.inputs()));
    if (shards != options.getShards()) {
      options.setShards(shards);
      settings = JobSettings.from(options);
    }
    if (settings.state() != null) {
      checkState(settings);
    }
    createLocalOutputDirectory(settings.output());
    return settings;
  }

  /** Which sentences have shingle sets depends on --minSentenceWords: a state of another value would dedupe differently. */
  static void checkState(JobSettings settings) {
    Path state = Path.of(settings.state());
    if (Files.exists(state) && !Files.isDirectory(state)) {
      throw new IllegalArgumentException("--state '" + settings.state() + "': not a directory");
    }
    Optional<Integer> minWords;
    try {
      minWords = ArchiveStateDirectory.at(state).minSentenceWords();
    } catch (IOException e) {
      throw new IllegalArgumentException("--state '" + settings.state() + "': cannot be read (" + e.getMessage() + ")");
    }
    int wanted = settings.summarize().dedupe().minWords();
    if (minWords.isPresent() && minWords.get() != wanted) {
      throw new IllegalArgumentException("--minSentenceWords=" + wanted + " differs from the archive state's "
          + minWords.get() + " (" + settings.state() + "): use the state's value, or build a new --state with a full run");
    }
  }

  /**
   * A wrong output path fails here, in a second, rather than when the job writes at its end. The
   * last check, so that any other bad option leaves nothing behind.
   */
  static void createLocalOutputDirectory(String output) {
    if (output.contains("://")) {
      return;
    }
    try {
      Files.createDirectories(Path.of(output));
    } catch (FileSystemException e) {
      String reason = e instanceof FileAlreadyExistsException ? "a file is in the way" : e.getReason();
      throw new IllegalArgumentException(
          "--output '" + output + "': cannot create the directory (" + e.getFile() + ": " + reason + ")");
    } catch (IOException | InvalidPathException e) {
      throw new IllegalArgumentException("--output '" + output + "': cannot create the directory (" + e + ")");
    }
  }

  /**
   * What a run with {@code --state} reads of the archive state and where it stages its own segments.
   *
   * @param segmentFiles the segments of earlier dates the run counts and dedupes against
   * @param dates the dates of those segments
   */
  record ArchivePlan(ArchiveStateDirectory directory, List<String> segmentFiles, Set<String> dates, Path staging) {

    static ArchivePlan of(JobSettings settings, String runId) throws IOException {
      ArchiveStateDirectory directory = ArchiveStateDirectory.at(Path.of(settings.state()));
      List<String> files = directory.segmentsBefore(settings.summarize().dates());
      Set<String> dates = new TreeSet<>();
      for (String file : files) {
        dates.add(ArchiveSegment.dateOf(Path.of(file).getFileName().toString()));
      }
      return new ArchivePlan(directory, files, dates, directory.stagingDirectory(runId));
    }
  }

  /** Reads, summarizes and writes; the pipeline is returned unrun. Outputs are staged under {@code runId}. */
  static Pipeline build(SummarizeOptions options, JobSettings settings, String runId) {
    return build(options, settings, runId, null);
  }

  /** As {@link #build(SummarizeOptions, JobSettings, String)}, with the archive state when {@code archive} is not null. */
  static Pipeline build(SummarizeOptions options, JobSettings settings, String runId, ArchivePlan archive) {
    applyRunnerDefaults(options);
    Pipeline pipeline = Pipeline.create(options);
    PCollectionTuple read = pipeline.apply("ReadDocuments", ReadDocuments.from(settings.inputs(),
            new ReadDocuments.Settings(settings.timeZone(), options.getMaxDocumentBytes(), options.getShards()))
        .skippingPartitionsOutside(settings.summarize().dates()));
    PCollection<Document> documents = read.get(ReadDocuments.DOCUMENTS);
    PCollection<Rejected> rejected = read.get(ReadDocuments.REJECTED);
    SummarizeNews summarize = new SummarizeNews(settings.summarize());
    if (options.getReport() != ReportFormat.none) {
      summarize = summarize.withDaysTo(new WriteDateCounts(settings.output(), runId));
    }
    if (archive != null) {
      PCollectionTuple state = pipeline.apply("ReadArchiveState", ArchiveState.read(archive.segmentFiles(), options.getShards()));
      summarize = summarize.withHistory(state, archive.dates())
          .withAnalyzedTo(ArchiveState.writeSegments(archive.staging().toString(), options.getMinSentenceWords()));
    }
    PCollection<DailySummary> summaries = documents.apply("SummarizeNews", summarize);
    PCollection<KV<String, String>> stagedSummaries =
        summaries.apply("WriteSummaries", new WriteSummaries(settings.output(), runId));
    PCollection<KV<String, String>> stagedRejected =
        rejected.apply("WriteRejected", new WriteRejected(settings.output(), runId));
    PCollectionList.of(stagedSummaries).and(stagedRejected)
        .apply("CollectOutputs", Flatten.pCollections())
        .apply("CommitOutputs", new CommitFiles());
    return pipeline;
  }

  /** Validates, then runs: see {@link #run(SummarizeOptions, JobSettings, PrintStream)}. */
  public static RunReport run(SummarizeOptions options, PrintStream out) throws IOException {
    return run(options, validate(options), out);
  }

  /**
   * Runs the job to completion with progress lines on stderr, prints the report to {@code out},
   * writes {@code report.json}, and the digest when {@code --report} asks for one.
   * summaries.jsonl and rejected.jsonl replace the previous ones only when the whole job has
   * succeeded; temporary files are removed whether it succeeds or fails, and those of earlier runs
   * that were killed before they could remove theirs are removed first.
   *
   * <p>The output directory (and the archive state's, with {@code --state}) is locked for the run.
   * After the job: the archive state's new version, the date partitions, then {@code _run.json}.
   *
   * @throws RunLock.LockedException when another run holds the output or state directory
   */
  static RunReport run(SummarizeOptions options, JobSettings settings, PrintStream out) throws IOException {
    return run(options, settings, out, System.err);
  }

  /** As {@link #run(SummarizeOptions, JobSettings, PrintStream)}, with warnings (a stale lock removed) on {@code err}. */
  static RunReport run(SummarizeOptions options, JobSettings settings, PrintStream out, PrintStream err)
      throws IOException {
    Instant started = Instant.now();
    String runId = StagedFiles.newRunId();
    boolean local = !settings.output().contains("://");
    try (RunLock outputLock = local ? RunLock.acquire(Path.of(settings.output()), "output", runId, err) : null;
        RunLock stateLock = settings.state() == null ? null
            : RunLock.acquire(Path.of(settings.state()), "state", runId, err)) {
      return runLocked(options, settings, out, started, runId, local);
    }
  }

  private static RunReport runLocked(
      SummarizeOptions options, JobSettings settings, PrintStream out, Instant started, String runId, boolean local)
      throws IOException {
    StagedFiles.deleteTemporaries(settings.output(), null);
    if (local) {
      OutputPartitions.deleteTemporaries(Path.of(settings.output()));
    }
    RunManifest manifest = local ? RunManifest.start(options, settings, started) : null;
    ArchivePlan archive = null;
    if (settings.state() != null) {
      ArchiveStateDirectory.at(Path.of(settings.state())).removeLeftovers();
      archive = ArchivePlan.of(settings, runId);
    }
    RunReport report;
    String stateLine = null;
    try {
      Pipeline pipeline = build(options, settings, runId, archive);
      PipelineResult result;
      PipelineResult.State state;
      try (ProgressReporter progress = ProgressReporter.start(options, System.err)) {
        result = pipeline.run();
        progress.follow(result);
        state = result.waitUntilFinish();
      }
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("the job ended in state " + state);
      }
      report = RunReport.of(result);
      report.write(settings.output(), runId);
      Map<String, Long> documentsPerDate = Map.of();
      if (archive != null) {
        List<String> written = stagedDates(archive.staging());
        String version = archive.directory().commit(
            archive.staging(), settings.stateRetentionDays(), settings.summarize().dedupe().minWords());
        if (manifest != null) {
          manifest.state(settings.state(), List.copyOf(archive.dates()), version, written);
        }
        stateLine = String.format("  state       %s: read %d earlier dates, wrote %d, now %s%n",
            settings.state(), archive.dates().size(), written.size(), version);
      }
      if (local) {
        documentsPerDate = OutputPartitions.write(
            Path.of(settings.output()), Path.of(settings.output()).resolve("summaries.jsonl"), runId);
      }
      if (manifest != null) {
        manifest.succeeded(report, documentsPerDate);
        manifest.write(settings.output(), runId);
      }
    } catch (IOException | RuntimeException e) {
      try {
        StagedFiles.deleteTemporaries(settings.output(), runId);
        if (manifest != null) {
          manifest.failed(e);
          manifest.write(settings.output(), runId);
        }
      } catch (IOException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    StagedFiles.deleteTemporaries(settings.output(), runId);
    report.print(out, settings.output());
    if (stateLine != null) {
      out.print(stateLine);
    }
    if (options.getReport() != ReportFormat.none) {
      out.printf("  digest      %s%n", DigestWriter.write(options.getReport(), settings.output()));
    }
    return report;
  }

  /** The dates whose segments the job wrote into the staging directory. */
  private static List<String> stagedDates(Path staging) throws IOException {
    List<String> dates = new ArrayList<>();
    if (Files.isDirectory(staging)) {
      try (var files = Files.list(staging)) {
        files.map(file -> ArchiveSegment.dateOf(file.getFileName().toString()))
            .filter(date -> date != null).sorted().forEach(dates::add);
      }
    }
    return dates;
  }

  /**
   * Flink embedded runs with parallelism 1 unless told otherwise; a local run should use the
   * machine. A remote cluster's parallelism is not read by the client, so it is left to the user.
   *
   * <p>Dedupe reads each side of its CoGroupByKey results in turn; above 10,000 values for a key
   * Beam stops caching them and iterates the grouped values again, which Flink's batch runner
   * refuses unless asked ("GBK result is not re-iterable"): 10,000 articles of one date failed.
   */
  static void applyRunnerDefaults(SummarizeOptions options) {
    if (!FlinkRunner.class.equals(options.getRunner())) {
      return;
    }
    FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
    flink.setReIterableGroupByKeyResult(true);
    String master = flink.getFlinkMaster();
    boolean embedded = "[local]".equals(master) || "[auto]".equals(master);
    if (embedded && flink.getParallelism() <= 0) {
      flink.setParallelism(Runtime.getRuntime().availableProcessors());
    }
    FlinkFaultTolerance.apply(options, System.getenv("FLINK_CONF_DIR"));
  }
}
