package io.daybrief.pipeline;

import io.daybrief.digest.DigestWriter;
import io.daybrief.digest.ReportFormat;
import io.daybrief.model.DailySummary;
import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.text.ShardCount;
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
import java.util.List;
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
    createLocalOutputDirectory(settings.output());
    return settings;
  }

  /**
   * A wrong output path fails here, in a second, rather than when the job writes at its end. The
   * last check, so that any other bad option leaves nothing behind.
   */
  private static void createLocalOutputDirectory(String output) {
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

  /** Reads, summarizes and writes; the pipeline is returned unrun. Outputs are staged under {@code runId}. */
  static Pipeline build(SummarizeOptions options, JobSettings settings, String runId) {
    applyRunnerDefaults(options);
    Pipeline pipeline = Pipeline.create(options);
    PCollectionTuple read = pipeline.apply("ReadDocuments", ReadDocuments.from(settings.inputs(),
        new ReadDocuments.Settings(settings.timeZone(), options.getMaxDocumentBytes(), options.getShards())));
    PCollection<Document> documents = read.get(ReadDocuments.DOCUMENTS);
    PCollection<Rejected> rejected = read.get(ReadDocuments.REJECTED);
    SummarizeNews summarize = new SummarizeNews(settings.summarize());
    if (options.getReport() != ReportFormat.none) {
      summarize = summarize.withDaysTo(new WriteDateCounts(settings.output(), runId));
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
   */
  static RunReport run(SummarizeOptions options, JobSettings settings, PrintStream out) throws IOException {
    String runId = StagedFiles.newRunId();
    StagedFiles.deleteTemporaries(settings.output(), null);
    RunReport report;
    try {
      Pipeline pipeline = build(options, settings, runId);
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
    } catch (IOException | RuntimeException e) {
      try {
        StagedFiles.deleteTemporaries(settings.output(), runId);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    StagedFiles.deleteTemporaries(settings.output(), runId);
    report.print(out, settings.output());
    if (options.getReport() != ReportFormat.none) {
      out.printf("  digest      %s%n", DigestWriter.write(options.getReport(), settings.output()));
    }
    return report;
  }

  /**
   * Flink embedded runs with parallelism 1 unless told otherwise; a local run should use the
   * machine. A remote cluster's parallelism is not read by the client, so it is left to the user.
   *
   * <p>Dedupe reads each side of its CoGroupByKey results in turn; above 10,000 values for a key
   * Beam stops caching them and iterates the grouped values again, which Flink's batch runner
   * refuses unless asked ("GBK result is not re-iterable"): 10,000 articles of one date failed.
   */
  private static void applyRunnerDefaults(SummarizeOptions options) {
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
