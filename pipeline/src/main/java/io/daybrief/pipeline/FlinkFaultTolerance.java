package io.daybrief.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.runners.flink.FlinkPipelineOptions;

/**
 * Restart strategy and checkpointing of a daybrief job on Flink, set by the client so that a job
 * survives a lost TaskManager whatever the cluster's defaults (Flink's own default for a job
 * without checkpoints is never to restart).
 *
 * <p>Beam's FlinkRunner applies {@code --numberOfExecutionRetries} to streaming jobs only, and
 * passes nothing else about restarts to a batch job; it does load a Flink configuration directory
 * ({@code --flinkConfDir}, else {@code FLINK_CONF_DIR}) into the job's environment for both. So
 * when the user supplies none, the client writes a one-file configuration with the restart
 * strategy and points {@code --flinkConfDir} at it.
 */
final class FlinkFaultTolerance {
  /** A checkpoint a minute: a restarted streaming job repeats at most about a minute of work. */
  static final long STREAMING_CHECKPOINT_INTERVAL_MS = 60_000;

  private FlinkFaultTolerance() {}

  static void apply(SummarizeOptions options, String flinkConfDirFromEnvironment) {
    FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
    if (flink.isStreaming()) {
      if (flink.getCheckpointingInterval() == -1) {
        flink.setCheckpointingInterval(STREAMING_CHECKPOINT_INTERVAL_MS);
      }
      // With checkpoints on, Beam keeps finished sources running forever unless told otherwise, so
      // a streaming run over files would never end. Flink 1.19 checkpoints after sources finish.
      if (flink.getShutdownSourcesAfterIdleMs() == -1) {
        flink.setShutdownSourcesAfterIdleMs(0L);
      }
    }
    boolean userConfiguration = flink.getFlinkConfDir() != null
        || (flinkConfDirFromEnvironment != null && !flinkConfDirFromEnvironment.isBlank());
    if (!userConfiguration) {
      flink.setFlinkConfDir(writeConfiguration(options.getFlinkRestartAttempts()).toString());
    }
  }

  /**
   * Exponential delay rather than fixed delay: Flink 1.19 counts the failures that arrive while a
   * restart is pending as one attempt, so a lost TaskManager costs one attempt however many tasks
   * it ran; fixed delay counts each failed region.
   */
  static String restartStrategy(int attempts) {
    if (attempts == 0) {
      return "restart-strategy.type: none\n";
    }
    return "restart-strategy.type: exponential-delay\n"
        + "restart-strategy.exponential-delay.initial-backoff: 2 s\n"
        + "restart-strategy.exponential-delay.backoff-multiplier: 2.0\n"
        + "restart-strategy.exponential-delay.max-backoff: 30 s\n"
        + "restart-strategy.exponential-delay.jitter-factor: 0.1\n"
        + "restart-strategy.exponential-delay.attempts-before-reset-backoff: " + attempts + "\n";
  }

  private static Path writeConfiguration(int attempts) {
    try {
      Path directory = Files.createTempDirectory("daybrief-flink-conf-");
      Path file = Files.writeString(directory.resolve("config.yaml"), restartStrategy(attempts), StandardCharsets.UTF_8);
      directory.toFile().deleteOnExit();
      file.toFile().deleteOnExit();
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Flink client configuration", e);
    }
  }
}
