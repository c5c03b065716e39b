package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.daybrief.evaluation.EvaluationOptions.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationOptionsTest {
  private static final Path JAVA = Path.of("/jdk/bin/java");
  @TempDir Path dir;

  @Test
  void runsTheJarFromDaybriefJarAndPassesUnknownOptionsToThePipeline() throws IOException, UsageException {
    Path jar = Files.createFile(dir.resolve("daybrief.jar"));

    EvaluationOptions options =
        EvaluationOptions.parse(
            List.of("data", "--json", "out.json", "--runner=FlinkRunner", "--parallelism=2"),
            Map.of("DAYBRIEF_JAR", jar.toString()),
            JAVA);

    assertEquals(Path.of("data"), options.dataset());
    assertEquals(Optional.of(Path.of("out.json")), options.json());
    assertEquals(Optional.of(List.of("/jdk/bin/java", "-Xmx3g", "-jar", jar.toString())), options.pipelineCommand());
    assertEquals(List.of("--runner=FlinkRunner", "--parallelism=2"), options.pipelineOptions());
  }

  @Test
  void pipelineCommandOverridesTheJar() throws UsageException {
    EvaluationOptions options =
        EvaluationOptions.parse(List.of("--pipeline-cmd=java -jar other.jar", "data", "--json=r.json"), Map.of(), JAVA);

    assertEquals(Optional.of(List.of("java", "-jar", "other.jar")), options.pipelineCommand());
    assertEquals(Optional.of(Path.of("r.json")), options.json());
  }

  @Test
  void baselinesOnlyNeedsNoPipeline() throws UsageException {
    EvaluationOptions options = EvaluationOptions.parse(List.of("data", "--baselines-only"), Map.of(), JAVA);

    assertEquals(Optional.empty(), options.pipelineCommand());
  }

  @Test
  void rejectsMistakes() {
    rejected(List.of("data"), Map.of());
    rejected(List.of("--baselines-only"), Map.of());
    rejected(List.of("a", "b", "--baselines-only"), Map.of());
    rejected(List.of("data", "--baselines-only", "--json"), Map.of());
    rejected(List.of("data", "--baselines-only", "--sentencesPerDate=4"), Map.of());
    rejected(List.of("data"), Map.of("DAYBRIEF_JAR", dir.resolve("missing.jar").toString()));
  }

  private static void rejected(List<String> args, Map<String, String> environment) {
    assertThrows(UsageException.class, () -> EvaluationOptions.parse(args, environment, JAVA), args::toString);
  }
}
