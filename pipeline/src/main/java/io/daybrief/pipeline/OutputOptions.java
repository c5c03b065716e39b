package io.daybrief.pipeline;

import io.daybrief.digest.ReportFormat;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Where the outputs go, the digest, and progress lines. */
@Description("Where the outputs go, the digest, and progress lines.")
@HelpGroup("Output")
public interface OutputOptions extends PipelineOptions {
  @Description("Output directory: summaries.jsonl, rejected.jsonl and report.json are written there.")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Human-readable digest written next to the outputs after the run: 'html' (digest.html: one self-contained "
      + "page with a timeline chart, a date filter and every summary), 'md' (digest.md) or 'none'.")
  @Default.Enum("none")
  ReportFormat getReport();

  void setReport(ReportFormat value);

  @Description("Seconds between progress lines on stderr while the job runs (documents read, dates summarized, "
      + "throughput; on a Flink cluster the job's web UI link). The first comes after this long, so short runs print none. 0 turns them off.")
  @Default.Integer(10)
  int getProgressSeconds();

  void setProgressSeconds(int value);
}
