package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reruns replace the outputs with the same bytes; failed or killed runs leave the previous outputs whole. */
class OutputSafetyTest {
  private static final List<String> OUTPUTS = List.of("rejected.jsonl", "report.json", "summaries.jsonl");
  private static final Pattern DATE = Pattern.compile("^\\{\"date\":\"([^\"]+)\"");

  @Test
  void aRerunGivesTheSameBytesAndReplacesTheFiles(@TempDir Path out) throws IOException {
    String[] args = {"--input=" + Runs.SEEDS, "--input=" + Runs.BAD, "--output=" + out};
    assertEquals(0, Runs.main(args).exitCode());
    List<byte[]> first = contents(out);
    Object firstFile = Files.getAttribute(out.resolve("summaries.jsonl"), "unix:ino");

    assertEquals(0, Runs.main(args).exitCode());

    List<byte[]> second = contents(out);
    for (int i = 0; i < OUTPUTS.size(); i++) {
      assertArrayEquals(first.get(i), second.get(i), OUTPUTS.get(i));
    }
    assertNotEquals(firstFile, Files.getAttribute(out.resolve("summaries.jsonl"), "unix:ino"),
        "a new file renamed over the old one, not the old one rewritten in place");
    assertEquals(listing(out), Runs.listing(out));
  }

  @Test
  void temporaryFilesOfAKilledRunAreRemovedByTheNextRun(@TempDir Path out) throws IOException {
    Files.writeString(out.resolve(".daybrief-0f1e2d3c-killed.9a8b7c6d.summaries.jsonl.tmp"), "{\"date\":\"2022-");
    assertEquals(0, Runs.main("--input=" + Runs.SEEDS, "--output=" + out).exitCode());
    assertEquals(listing(out), Runs.listing(out));
  }

  /**
   * The job is killed (SIGKILL) while it runs over a larger input that would give other summaries:
   * summaries.jsonl is still the previous run's, byte for byte. A rerun then completes and replaces it.
   */
  @Test
  void aKilledRunLeavesThePreviousSummaries(@TempDir Path input, @TempDir Path out) throws Exception {
    assertEquals(0, Runs.main("--input=" + Runs.SEEDS, "--output=" + out).exitCode());
    byte[] previous = Files.readAllBytes(out.resolve("summaries.jsonl"));
    Runs.copy(Runs.SEEDS, input.resolve("seeds"), Runs.listing(Runs.SEEDS));
    BigInputs.writeTinyFiles(Files.createDirectories(input.resolve("tiny")), 3_000);

    Process job = javaMain("--input=" + input, "--output=" + out).start();
    assertTrue(job.isAlive());
    Thread.sleep(3_000);
    assertTrue(job.isAlive(), "the job should still be running after 3 s; make the input larger");
    job.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    assertArrayEquals(previous, Files.readAllBytes(out.resolve("summaries.jsonl")));
    Runs rerun = Runs.main("--input=" + input, "--output=" + out);
    assertEquals(0, rerun.exitCode(), rerun.toString());
    assertEquals(listing(out), Runs.listing(out), "the killed run's temporary files, if any, are gone");
    assertTrue(Files.readString(out.resolve("summaries.jsonl")).contains("2021-06-02"));
  }

  /** {@link Main} in a JVM of its own, on this test's class path, so that it can be killed. */
  private static ProcessBuilder javaMain(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(Arrays.asList(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("/dev/null"));
  }

  /** What a successful run leaves: the outputs, the run manifest and a partition per summarized date. */
  private static List<String> listing(Path out) throws IOException {
    List<String> names = new ArrayList<>(OUTPUTS);
    names.add(RunManifest.FILE_NAME);
    for (String line : Files.readAllLines(out.resolve("summaries.jsonl"))) {
      Matcher date = DATE.matcher(line);
      assertTrue(date.find(), line);
      names.add("date=" + date.group(1));
    }
    return names.stream().sorted().toList();
  }

  private static List<byte[]> contents(Path out) throws IOException {
    List<byte[]> contents = new ArrayList<>();
    for (String name : OUTPUTS) {
      contents.add(Files.readAllBytes(out.resolve(name)));
    }
    return contents;
  }
}
