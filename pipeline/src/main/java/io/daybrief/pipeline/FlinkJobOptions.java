package io.daybrief.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** How the job behaves on Flink. */
@Description("How the job behaves on Flink.")
@HelpGroup("Runner")
public interface FlinkJobOptions extends PipelineOptions {
  @Description("Flink: restarts of a failed job before it fails for good; delays from 2 s doubling to 30 s, and "
      + "failures while a restart is pending count once. 0: never restart. Not applied when --flinkConfDir or "
      + "FLINK_CONF_DIR supplies a Flink configuration: its restart-strategy applies.")
  @Default.Integer(4)
  int getFlinkRestartAttempts();

  void setFlinkRestartAttempts(int value);
}
