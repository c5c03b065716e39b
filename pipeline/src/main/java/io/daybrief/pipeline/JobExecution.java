package io.daybrief.pipeline;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;

/** Running a built pipeline to its end on the client, shared by batch and streaming. */
final class JobExecution {
  private JobExecution() {}

  /**
   * Runs the pipeline with progress lines on stderr until it ends, and returns its counters.
   *
   * @throws IllegalStateException when the job ends in any state but DONE (failed, cancelled)
   */
  static RunReport runToEnd(Pipeline pipeline, SummarizeOptions options) {
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
    return RunReport.of(result);
  }
}
