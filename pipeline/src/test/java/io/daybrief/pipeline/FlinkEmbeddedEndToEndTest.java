package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.transforms.Counters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The same job on Flink embedded in the process: the same bytes as the golden file, whatever the parallelism. */
class FlinkEmbeddedEndToEndTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void flinkLocalMatchesTheGoldenFile(int parallelism, @TempDir Path out) throws IOException {
    RunReport report = SeedsEndToEndTest.run(out,
        "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=" + parallelism);
    assertEquals(Files.readString(SeedsEndToEndTest.GOLDEN), Files.readString(out.resolve("summaries.jsonl")));
    assertEquals(5, report.get(Counters.DOCUMENTS_READ));
    assertEquals(3, report.get(Counters.DATES_SUMMARIZED));
  }
}
