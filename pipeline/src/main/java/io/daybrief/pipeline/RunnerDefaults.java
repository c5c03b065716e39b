package io.daybrief.pipeline;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;

/** Runner settings daybrief needs whatever the user passed, shared by batch and streaming. */
final class RunnerDefaults {
  private RunnerDefaults() {}

  /**
   * Flink embedded runs with parallelism 1 unless told otherwise; a local run should use the
   * machine. A remote cluster's parallelism is not read by the client, so it is left to the user.
   *
   * <p>Dedupe reads each side of its CoGroupByKey results in turn; above 10,000 values for a key
   * Beam stops caching them and iterates the grouped values again, which Flink's batch runner
   * refuses unless asked ("GBK result is not re-iterable"): 10,000 articles of one date failed.
   */
  static void apply(SummarizeOptions options) {
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

  /**
   * Streaming on the DirectRunner: it runs bundles of one key's stateful step on several threads
   * at once and lost state between them: a date's final revision missed the records of earlier
   * dates in 2 of 3 runs of the seeds stream, and in none of 7 with one thread. The summarizer is
   * one key, hence serial anyway, so one thread costs a local stream little.
   */
  static void applyStreaming(SummarizeOptions options) {
    apply(options);
    if (DirectRunner.class.equals(options.getRunner())) {
      options.as(DirectOptions.class).setTargetParallelism(1);
    }
  }
}
