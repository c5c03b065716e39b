package io.daybrief.pipeline;

import io.daybrief.digest.ReportFormat;
import io.daybrief.model.DailySummary;
import io.daybrief.transforms.ArchiveState;
import io.daybrief.transforms.CommitFiles;
import io.daybrief.transforms.ReadDocuments;
import io.daybrief.transforms.SummarizeNews;
import io.daybrief.transforms.WriteDateCounts;
import io.daybrief.transforms.WriteRejected;
import io.daybrief.transforms.WriteSummaries;
import java.io.IOException;
import java.io.PrintStream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/** The batch job: its graph, and {@link #run} for the whole run (checks, graph, bookkeeping). */
public final class DaybriefJob {
  private DaybriefJob() {}

  /** Checks the options and paths, then runs to the end: see {@link BatchRun#run}. */
  public static RunReport run(SummarizeOptions options, PrintStream out) throws IOException {
    return BatchRun.run(options, Preflight.batch(options), out, System.err);
  }

  /**
   * The graph, returned unrun: read, summarize ({@link SummarizeNews}), stage the outputs under
   * {@code runId} and commit them; with {@code archive}, also count and dedupe against the archive
   * state and stage this run's segments of it.
   */
  static Pipeline build(SummarizeOptions options, JobSettings settings, String runId, BatchRun.ArchivePlan archive) {
    RunnerDefaults.apply(options);
    Pipeline pipeline = Pipeline.create(options);
    PCollectionTuple read = pipeline.apply("ReadDocuments", ReadDocuments.from(settings.inputs(),
            new ReadDocuments.Settings(settings.timeZone(), options.getMaxDocumentBytes(), options.getShards()))
        .skippingPartitionsOutside(settings.summarize().dates()));
    SummarizeNews summarize = new SummarizeNews(settings.summarize());
    if (archive != null) {
      summarize = summarize.withHistory(pipeline.apply("ReadArchiveState",
              ArchiveState.read(archive.segmentFiles(), archive.recentFiles(), options.getShards())),
          archive.dates(), archive.rewriteDays());
    }
    PCollectionTuple summarized = read.get(ReadDocuments.DOCUMENTS).apply("SummarizeNews", summarize);
    if (options.getReport() != ReportFormat.none) {
      summarized.get(SummarizeNews.DAYS).apply("WriteDateCounts", new WriteDateCounts(settings.output(), runId));
    }
    if (archive != null) {
      summarized.get(SummarizeNews.ANALYZED).apply("WriteArchiveSegments",
          ArchiveState.writeSegments(archive.staging(), options.getMinSentenceWords(), settings.rewriteDays() > 0));
    }
    PCollection<DailySummary> summaries = summarized.get(SummarizeNews.SUMMARIES);
    PCollection<KV<String, String>> stagedSummaries =
        summaries.apply("WriteSummaries", new WriteSummaries(settings.output(), runId));
    PCollection<KV<String, String>> stagedRejected =
        read.get(ReadDocuments.REJECTED).apply("WriteRejected", new WriteRejected(settings.output(), runId));
    PCollectionList.of(stagedSummaries).and(stagedRejected)
        .apply("CollectOutputs", Flatten.pCollections())
        .apply("CommitOutputs", new CommitFiles());
    return pipeline;
  }
}
