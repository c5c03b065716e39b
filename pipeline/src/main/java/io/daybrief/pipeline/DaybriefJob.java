package io.daybrief.pipeline;

import io.daybrief.digest.DigestWriter;
import io.daybrief.digest.ReportFormat;
import io.daybrief.model.DailySummary;
import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.transforms.ReadDocuments;
import io.daybrief.transforms.WriteDateCounts;
import io.daybrief.transforms.WriteRejected;
import io.daybrief.transforms.WriteSummaries;
import java.io.IOException;
import java.io.PrintStream;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;

/** Builds the batch job from options, runs it to the end and reports its counters. */
public final class DaybriefJob {
  private DaybriefJob() {}

  /** Reads, summarizes and writes; the pipeline is returned unrun so tests can inspect or run it. */
  public static Pipeline build(SummarizeOptions options) {
    JobSettings settings = JobSettings.from(options);
    applyRunnerDefaults(options);
    Pipeline pipeline = Pipeline.create(options);
    PCollectionTuple read =
        pipeline.apply("ReadDocuments", ReadDocuments.from(settings.inputs(), settings.timeZone()));
    PCollection<Document> documents = read.get(ReadDocuments.DOCUMENTS);
    PCollection<Rejected> rejected = read.get(ReadDocuments.REJECTED);
    SummarizeNews summarize = new SummarizeNews(settings.summarize());
    if (options.getReport() != ReportFormat.none) {
      summarize = summarize.withDaysTo(new WriteDateCounts(settings.output()));
    }
    PCollection<DailySummary> summaries = documents.apply("SummarizeNews", summarize);
    summaries.apply("WriteSummaries", new WriteSummaries(settings.output()));
    rejected.apply("WriteRejected", new WriteRejected(settings.output()));
    return pipeline;
  }

  /**
   * Runs the job to completion with progress lines on stderr, prints the report to {@code out} and
   * writes {@code report.json}, and the digest when {@code --report} asks for one.
   */
  public static RunReport run(SummarizeOptions options, PrintStream out) throws IOException {
    Pipeline pipeline = build(options);
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
    RunReport report = RunReport.of(result);
    String output = JobSettings.absolute(options.getOutput());
    report.write(output);
    report.print(out, output);
    if (options.getReport() != ReportFormat.none) {
      out.printf("  digest      %s%n", DigestWriter.write(options.getReport(), output));
    }
    return report;
  }

  /**
   * Flink embedded runs with parallelism 1 unless told otherwise; a local run should use the
   * machine. A remote cluster's parallelism is not read by the client, so it is left to the user.
   */
  private static void applyRunnerDefaults(SummarizeOptions options) {
    if (!FlinkRunner.class.equals(options.getRunner())) {
      return;
    }
    FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
    String master = flink.getFlinkMaster();
    boolean embedded = "[local]".equals(master) || "[auto]".equals(master);
    if (embedded && flink.getParallelism() <= 0) {
      flink.setParallelism(Runtime.getRuntime().availableProcessors());
    }
  }
}
