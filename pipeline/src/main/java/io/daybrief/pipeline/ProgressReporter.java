package io.daybrief.pipeline;

import io.daybrief.transforms.Counters;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * Prints a line every {@code --progressSeconds} while the job runs, the first after one period so
 * that short runs stay quiet. The DirectRunner reports attempted counters while it runs: the line
 * gives documents read, their rate and dates summarized. Flink reports counters only at the end:
 * the line gives the elapsed time and, on a cluster, the job's page in the Flink web UI.
 */
final class ProgressReporter implements AutoCloseable {
  private static final Set<String> EMBEDDED_FLINK_MASTERS = Set.of("[auto]", "[local]", "[collection]");

  private final PrintStream out;
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService ticker;
  private final Optional<FlinkWebUi> flinkCluster;
  private final String jobName;
  private final String runnerName;
  private volatile PipelineResult result;
  // The rest is touched by the ticker thread only.
  private Optional<FlinkWebUi.Job> flinkJob = Optional.empty();
  private long documentsSeen;
  private Duration readingTime = Duration.ZERO;

  private ProgressReporter(
      PrintStream out, int periodSeconds, Optional<FlinkWebUi> flinkCluster, String jobName, String runnerName) {
    this.out = out;
    this.flinkCluster = flinkCluster;
    this.jobName = jobName;
    this.runnerName = runnerName;
    if (periodSeconds == 0) {
      this.ticker = null;
      return;
    }
    this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "daybrief-progress");
      thread.setDaemon(true);
      return thread;
    });
    ticker.scheduleAtFixedRate(this::tick, periodSeconds, periodSeconds, TimeUnit.SECONDS);
  }

  /**
   * Starts the clock before {@code pipeline.run()}. The DirectRunner's {@code run()} normally
   * blocks until the job ends, leaving nothing to poll: with progress on, it is told to return at
   * once ({@code --blockOnRun=false}) and the caller waits in {@code waitUntilFinish()} instead.
   */
  static ProgressReporter start(SummarizeOptions options, PrintStream out) {
    int period = options.getProgressSeconds();
    if (period < 0) {
      throw new IllegalArgumentException("--progressSeconds must be 0 (off) or a number of seconds, was " + period);
    }
    if (period > 0 && DirectRunner.class.equals(options.getRunner())) {
      options.as(DirectOptions.class).setBlockOnRun(false);
    }
    Optional<FlinkWebUi> cluster = Optional.empty();
    if (FlinkRunner.class.equals(options.getRunner())) {
      String master = options.as(FlinkPipelineOptions.class).getFlinkMaster();
      if (!EMBEDDED_FLINK_MASTERS.contains(master)) {
        cluster = Optional.of(new FlinkWebUi(master));
      }
    }
    return new ProgressReporter(out, period, cluster, options.getJobName(), options.getRunner().getSimpleName());
  }

  /** Polls this running job's counters from now on. */
  void follow(PipelineResult running) {
    this.result = running;
  }

  /** Stops the ticker and waits for a line being printed, so that none follows the end-of-run report. */
  @Override
  public void close() {
    if (ticker == null) {
      return;
    }
    ticker.shutdownNow();
    try {
      ticker.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void tick() {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    try {
      out.println(describe(elapsed));
    } catch (RuntimeException e) {
      // A runner that cannot answer mid-run must not stop the ticker: the elapsed time still helps.
      out.println("daybrief: running for " + clock(elapsed));
    }
  }

  private String describe(Duration elapsed) {
    PipelineResult running = result;
    if (running != null) {
      MetricQueryResults metrics = running.metrics().queryMetrics(MetricsFilter.builder()
          .addNameFilter(MetricNameFilter.named(Counters.NAMESPACE, Counters.DOCUMENTS_READ))
          .addNameFilter(MetricNameFilter.named(Counters.NAMESPACE, Counters.DATES_SUMMARIZED))
          .build());
      long documents = 0;
      long dates = 0;
      for (MetricResult<Long> counter : metrics.getCounters()) {
        if (Counters.DOCUMENTS_READ.equals(counter.getName().getName())) {
          documents += counter.getAttempted();
        } else {
          dates += counter.getAttempted();
        }
      }
      // Reading ends long before the job does: the rate is taken over the time documents kept arriving.
      if (documents > documentsSeen) {
        documentsSeen = documents;
        readingTime = elapsed;
      }
      return countersLine(elapsed, documents, readingTime, dates);
    }
    if (flinkCluster.isPresent()) {
      FlinkWebUi ui = flinkCluster.get();
      flinkJob = ui.findJob(jobName).or(() -> flinkJob);
      return flinkJob
          .map(job -> "daybrief: running for " + clock(elapsed) + " on Flink, job " + job.state() + ": " + ui.jobPage(job.id()))
          .orElse("daybrief: running for " + clock(elapsed) + " on Flink, web UI " + ui.root());
    }
    return "daybrief: running for " + clock(elapsed) + " on " + runnerName + " (its counters arrive when the job ends)";
  }

  /** "daybrief: running for 1:05 · 12,345 documents read (190/s) · 40 dates summarized". */
  static String countersLine(Duration elapsed, long documentsRead, Duration readingTime, long datesSummarized) {
    double seconds = Math.max(readingTime.toMillis() / 1000.0, 0.001);
    return String.format(Locale.ROOT, "daybrief: running for %s · %,d documents read (%,.0f/s) · %,d dates summarized",
        clock(elapsed), documentsRead, documentsRead / seconds, datesSummarized);
  }

  /** "0:07", "12:34", "2:03:04". */
  static String clock(Duration elapsed) {
    long seconds = elapsed.toSeconds();
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
