package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.transforms.Counters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same job on Flink embedded in the process: the same bytes as the golden file, whatever the parallelism or mode. */
class FlinkEmbeddedEndToEndTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void flinkLocalMatchesTheGoldenFile(int parallelism, @TempDir Path out) throws IOException {
    RunReport report = SeedsEndToEndTest.run(out,
        "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=" + parallelism);
    assertEquals(Files.readString(SeedsEndToEndTest.GOLDEN), Files.readString(out.resolve("summaries.jsonl")));
    assertEquals(5, report.get(Counters.DOCUMENTS_READ));
    assertEquals(4, report.get(Counters.DATES_SUMMARIZED), "2022-03-01 from the leads of 2 March, as in SeedsEndToEndTest");
  }

  /**
   * A job that fails every attempt (its output cannot be committed) is restarted as the client
   * configured it, then fails: the restart strategy set by the client reaches the job.
   */
  @Test
  void theClientsRestartStrategyGovernsTheJob(@TempDir Path out) throws IOException {
    Files.writeString(Files.createDirectories(out.resolve("summaries.jsonl/in-the-way")).resolve("file"), "x");
    Runs run = Runs.main("--input=" + Runs.SEEDS, "--output=" + out,
        "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2", "--flinkRestartAttempts=1");
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.err().contains("Recovery is suppressed by ExponentialDelayRestartBackoffTimeStrategy(")
        && run.err().contains("attemptsBeforeResetBackoff=1, currentRestartAttempt=2"), run.err());
  }
}
