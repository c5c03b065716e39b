package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.junit.jupiter.api.Test;

class FlinkFaultToleranceTest {

  @Test
  void aBatchJobCarriesItsRestartStrategyAndNoCheckpoints() throws IOException {
    FlinkPipelineOptions flink = apply(null);
    assertEquals(-1, flink.getCheckpointingInterval());
    String config = Files.readString(Path.of(flink.getFlinkConfDir(), "config.yaml"));
    assertEquals("""
        restart-strategy.type: exponential-delay
        restart-strategy.exponential-delay.initial-backoff: 2 s
        restart-strategy.exponential-delay.backoff-multiplier: 2.0
        restart-strategy.exponential-delay.max-backoff: 30 s
        restart-strategy.exponential-delay.jitter-factor: 0.1
        restart-strategy.exponential-delay.attempts-before-reset-backoff: 4
        """, config);
  }

  @Test
  void aStreamingJobCheckpointsEveryMinuteUnlessToldOtherwise() {
    FlinkPipelineOptions streaming = apply(null, "--streaming=true");
    assertEquals(60_000, streaming.getCheckpointingInterval());
    assertEquals(0, streaming.getShutdownSourcesAfterIdleMs(), "else a run over files never ends");
    assertEquals(5_000, apply(null, "--streaming=true", "--checkpointingInterval=5000").getCheckpointingInterval());
    assertEquals(-1, apply(null).getShutdownSourcesAfterIdleMs(), "batch: left to Beam");
  }

  @Test
  void noRestartsWhenAskedFor() throws IOException {
    FlinkPipelineOptions flink = apply(null, "--flinkRestartAttempts=0");
    assertEquals("restart-strategy.type: none\n", Files.readString(Path.of(flink.getFlinkConfDir(), "config.yaml")));
  }

  @Test
  void aFlinkConfigurationOfTheUsersOwnIsLeftAlone() {
    assertEquals("/etc/flink", apply(null, "--flinkConfDir=/etc/flink").getFlinkConfDir());
    assertEquals(null, apply("/opt/flink/conf").getFlinkConfDir(), "FLINK_CONF_DIR is read by Beam itself");
  }

  private static FlinkPipelineOptions apply(String flinkConfDirFromEnvironment, String... extra) {
    String[] args = new String[extra.length + 3];
    args[0] = "--input=in";
    args[1] = "--output=out";
    args[2] = "--runner=FlinkRunner";
    System.arraycopy(extra, 0, args, 3, extra.length);
    SummarizeOptions options = Main.parse(args);
    FlinkFaultTolerance.apply(options, flinkConfDirFromEnvironment);
    return options.as(FlinkPipelineOptions.class);
  }
}
