package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daybrief.transforms.ArchiveStateDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's acceptance: a Timeline17 topic split into date partitions (read at test time from
 * {@code ../shared/eval}, never copied into the project); a state built from all but the last three
 * dates; three nightly runs; each nightly summary equals the full run up to its date byte for byte,
 * and the final state equals the full run's. Then a nightly run killed midway. Issue 17 section 3:
 * the same dated by report, where a nightly run also rewrites the dates its articles report on.
 */
class ArchiveRunsTest {
  /** The smallest of the three topics: 286 articles over 20 dates. */
  static final Path TOPIC = Path.of(System.getProperty("daybrief.evalData", "../../shared/eval/timeline17-dev"), "haiti", "docs.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;
  static Path archive;
  static List<String> dates;

  @BeforeAll
  static void splitTopicIntoPartitions() throws IOException {
    // CI checks ../shared out beside the project: missing data is a broken checkout, not a reason to skip.
    assertTrue(Files.isRegularFile(TOPIC),
        "evaluation data not found: " + TOPIC.toAbsolutePath() + " (set -Ddaybrief.evalData=DIR)");
    archive = work.resolve("archive");
    dates = partition(TOPIC, archive);
  }

  /**
   * Writes each article into its date's partition without its date field, so that the partition is
   * its date: the first half of the dates as {@code date=YYYY-MM-DD/}, the rest as {@code YYYY/MM/DD/}.
   */
  static List<String> partition(Path docs, Path archive) throws IOException {
    SortedMap<String, StringBuilder> byDate = new TreeMap<>();
    for (String line : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
      ObjectNode article = (ObjectNode) JSON.readTree(line);
      String date = article.remove("date").asText();
      byDate.computeIfAbsent(date, d -> new StringBuilder()).append(JSON.writeValueAsString(article)).append('\n');
    }
    List<String> dates = new ArrayList<>(byDate.keySet());
    for (int i = 0; i < dates.size(); i++) {
      String date = dates.get(i);
      Path directory = i < dates.size() / 2
          ? archive.resolve("date=" + date) : archive.resolve(date.replace('-', '/'));
      Files.createDirectories(directory);
      Files.writeString(directory.resolve("articles.jsonl"), byDate.get(date), StandardCharsets.UTF_8);
    }
    return dates;
  }

  @Test
  void nightlyRunsGiveTheFullRunsSummariesAndState() throws IOException {
    Path nightlyOut = work.resolve("nightly");
    Path nightlyState = work.resolve("nightly-state");
    int first = dates.size() - 3;
    long start = System.nanoTime();
    run("--input=" + archive, "--output=" + nightlyOut, "--state=" + nightlyState, "--to=" + dates.get(first - 1),
        "--dateBy=published");
    System.out.printf("state from %d dates: %.1f s%n", first, (System.nanoTime() - start) / 1e9);

    for (int i = first; i < dates.size(); i++) {
      String date = dates.get(i);
      start = System.nanoTime();
      Runs nightly = run("--input=" + archive, "--output=" + nightlyOut, "--state=" + nightlyState, "--dates=" + date,
          "--dateBy=published");
      double nightlySeconds = (System.nanoTime() - start) / 1e9;
      assertTrue(nightly.out().contains("partitions outside the dates " + (dates.size() - 1)), nightly.out());

      Path fullOut = work.resolve("full-" + date);
      start = System.nanoTime();
      boolean last = i == dates.size() - 1;
      if (last) {
        run("--input=" + archive, "--output=" + fullOut, "--to=" + date, "--state=" + work.resolve("full-state"),
            "--dateBy=published");
      } else {
        run("--input=" + archive, "--output=" + fullOut, "--to=" + date, "--dateBy=published");
      }
      System.out.printf("%s: nightly %.1f s, full run --to %.1f s%n", date, nightlySeconds, (System.nanoTime() - start) / 1e9);

      byte[] expected = Files.readAllBytes(OutputPartitions.partition(fullOut, date).resolve(OutputPartitions.FILE_NAME));
      assertArrayEquals(expected, Files.readAllBytes(OutputPartitions.partition(nightlyOut, date).resolve(OutputPartitions.FILE_NAME)), date);
      assertArrayEquals(expected, Files.readAllBytes(nightlyOut.resolve("summaries.jsonl")), date + ": the nightly run's summaries.jsonl holds its one date");
    }
    assertEquals(dates.size(), partitions(nightlyOut).size(), "every date has its partition");
    String lastDate = dates.get(dates.size() - 1);
    Path withoutState = work.resolve("without-state");
    run("--input=" + archive, "--output=" + withoutState, "--dates=" + lastDate, "--dateBy=published");
    assertFalse(Arrays.equals(Files.readAllBytes(withoutState.resolve("summaries.jsonl")),
            Files.readAllBytes(nightlyOut.resolve("summaries.jsonl"))),
        "without the state the last date's summary differs: the test would notice a state that is not used");
    assertEquals(currentState(work.resolve("full-state")), currentState(nightlyState));
    JsonNode manifest = JSON.readTree(nightlyOut.resolve(RunManifest.FILE_NAME).toFile());
    assertEquals("succeeded", manifest.get("status").asText());
    assertEquals(dates.size() - 1, manifest.get("state").get("datesRead").asInt());
    assertEquals(1, manifest.get("inputs").get("fileCount").asInt());
    assertEquals(List.of(lastDate), List.of(manifest.get("state").get("datesWritten").get(0).asText()));
  }

  /**
   * A rerun of one date, here on Flink embedded, replaces that date's partition and its segment
   * (the same bytes: a segment depends on its date's documents only) and touches no other partition.
   * The rerun's summary is that of a nightly run, from the dates up to it; the batch run before had
   * counted the two later dates in IDF too.
   */
  @Test
  void aRerunOfOneDateOnFlinkReplacesOnlyItsPartition() throws IOException {
    Path out = work.resolve("rerun-out");
    Path state = work.resolve("rerun-state");
    String rerun = dates.get(8);
    run("--input=" + archive, "--output=" + out, "--state=" + state, "--to=" + dates.get(10), "--dateBy=published");
    Map<String, byte[]> before = contents(out);
    Map<String, String> stateBefore = currentState(state);
    Path partition = OutputPartitions.partition(out, rerun).resolve(OutputPartitions.FILE_NAME);
    Object inode = Files.getAttribute(partition, "unix:ino");

    Runs flink = run("--input=" + archive, "--output=" + out, "--state=" + state, "--dates=" + rerun,
        "--runner=FlinkRunner", "--parallelism=2", "--dateBy=published");

    assertTrue(flink.out().contains("read 8 earlier dates, wrote 1"), flink.out());
    assertEquals(stateBefore, currentState(state));
    assertFalse(inode.equals(Files.getAttribute(partition, "unix:ino")), "the partition was replaced by a rename");
    Map<String, byte[]> after = contents(out);
    for (String name : before.keySet()) {
      if (name.startsWith("date=") && !name.startsWith("date=" + rerun)) {
        assertArrayEquals(before.get(name), after.get(name), name);
      }
    }
    assertEquals(partitions(out), before.keySet().stream().filter(name -> name.startsWith("date="))
        .map(name -> name.substring(0, name.indexOf('/'))).sorted().toList());
  }

  /**
   * Dated by report (the default with --state too): the nightly run of D also summarizes again the
   * dates D's articles report on, from the documents the state keeps of its last dates. After each
   * nightly run of D, every partition up to D equals the full run {@code --to=D}'s byte for byte (a
   * date's IDF counts the documents up to the date's horizon, so it does not depend on how far a run
   * goes), and the state after the chain equals the full run's.
   */
  @Test
  void datedByReportEveryPartitionUpToTheNightlyDateEqualsTheFullRuns() throws IOException {
    Path nightlyOut = work.resolve("reported-nightly");
    Path nightlyState = work.resolve("reported-nightly-state");
    int first = dates.size() - 3;
    run("--input=" + archive, "--output=" + nightlyOut, "--state=" + nightlyState, "--to=" + dates.get(first - 1));
    int rewritten = 0;
    for (int i = first; i < dates.size(); i++) {
      String date = dates.get(i);
      Map<String, byte[]> before = contents(nightlyOut);
      Runs nightly = run("--input=" + archive, "--output=" + nightlyOut, "--state=" + nightlyState, "--dates=" + date);
      assertTrue(nightly.out().contains(" summarized again)"), nightly.out());
      Path fullOut = work.resolve("reported-full-" + date);
      boolean last = i == dates.size() - 1;
      run(last
          ? new String[] {"--input=" + archive, "--output=" + fullOut, "--to=" + date, "--state=" + work.resolve("reported-full-state")}
          : new String[] {"--input=" + archive, "--output=" + fullOut, "--to=" + date});
      assertPartitionsEqual(fullOut, nightlyOut, date);
      rewritten += changedPartitionsBefore(before, contents(nightlyOut), date);
      assertSummaryDates(nightlyOut, LocalDate.parse(date).minusDays(2).toString(), date);
    }
    assertTrue(rewritten > 0, "some nightly run changed the partition of an earlier date its articles report on");
    assertEquals(currentState(work.resolve("reported-full-state")), currentState(nightlyState));
  }

  /**
   * The same over the seed articles laid out as three date partitions: the articles of the 2nd report
   * on the 1st, those of the 3rd on the 2nd; a state of the 1st, then two nightly runs.
   */
  @Test
  void datedByReportTheSeedChainEqualsTheFullRuns() throws IOException {
    Path seeds = seedArchive(work.resolve("seed-archive"));
    Path nightlyOut = work.resolve("seeds-nightly");
    Path nightlyState = work.resolve("seeds-nightly-state");
    run("--input=" + seeds, "--output=" + nightlyOut, "--state=" + nightlyState, "--to=2022-03-01");
    byte[] firstOfMarch = Files.readAllBytes(OutputPartitions.partition(nightlyOut, "2022-03-01").resolve(OutputPartitions.FILE_NAME));
    for (String date : List.of("2022-03-02", "2022-03-03")) {
      run("--input=" + seeds, "--output=" + nightlyOut, "--state=" + nightlyState, "--dates=" + date);
      Path fullOut = work.resolve("seeds-full-" + date);
      run(date.equals("2022-03-03")
          ? new String[] {"--input=" + seeds, "--output=" + fullOut, "--to=" + date, "--state=" + work.resolve("seeds-full-state")}
          : new String[] {"--input=" + seeds, "--output=" + fullOut, "--to=" + date});
      assertPartitionsEqual(fullOut, nightlyOut, date);
    }
    assertFalse(Arrays.equals(firstOfMarch,
            Files.readAllBytes(OutputPartitions.partition(nightlyOut, "2022-03-01").resolve(OutputPartitions.FILE_NAME))),
        "the 2nd's articles report on the 1st: its partition was rewritten");
    assertEquals(currentState(work.resolve("seeds-full-state")), currentState(nightlyState));

    // A rerun of the newest date: the state no longer keeps the text of the 1st, so the run reads the
    // 1st and 2nd from the archive again; the partitions and the state stay those of the full run.
    Runs rerun = run("--input=" + seeds, "--output=" + nightlyOut, "--state=" + nightlyState, "--dates=2022-03-03");
    assertTrue(rerun.out().contains("read 0 earlier dates, wrote 3"), rerun.out());
    assertPartitionsEqual(work.resolve("seeds-full-2022-03-03"), nightlyOut, "2022-03-03");
    assertEquals(currentState(work.resolve("seeds-full-state")), currentState(nightlyState));

    // The state keeps the text of 2 dates for runs dated by report: a run by publication is a bad option.
    Runs published = Runs.main("--input=" + seeds, "--output=" + nightlyOut, "--state=" + nightlyState,
        "--dates=2022-03-03", "--dateBy=published");
    assertEquals(Main.BAD_OPTIONS, published.exitCode(), published.toString());
    assertEquals("daybrief: --rewriteDays=0 (dating by publication) differs from the archive state's 2 (" + nightlyState
        + "): use the state's --dateBy and --rewriteDays, or build a new --state with a full run", published.err().strip());
  }

  /** The seed articles as an archive of three date partitions; the two without a date of their own are dated by theirs. */
  static Path seedArchive(Path archive) throws IOException {
    Path seeds = SeedsEndToEndTest.SEEDS;
    Map<String, List<String>> layout = Map.of(
        "date=2022-03-01", List.of("002_c7c84149450f7894.txt"),
        "2022/03/02", List.of("003_03d647aee531422a.txt", "004_1eef1c97d4b62be0.txt"),
        "date=2022-03-03", List.of("000_80c4707803dd9771.txt", "001_eff9f256ee551618.txt"));
    for (Map.Entry<String, List<String>> partition : layout.entrySet()) {
      Path directory = Files.createDirectories(archive.resolve(partition.getKey()));
      for (String file : partition.getValue()) {
        Files.copy(seeds.resolve(file), directory.resolve(file));
      }
    }
    return archive;
  }

  /** Both outputs have the same partitions up to {@code date}, each with the same bytes. */
  private static void assertPartitionsEqual(Path expected, Path actual, String date) throws IOException {
    List<String> expectedPartitions = partitions(expected);
    List<String> actualPartitions = partitions(actual).stream()
        .filter(name -> name.compareTo("date=" + date) <= 0).toList();
    assertEquals(expectedPartitions, actualPartitions, date);
    for (String partition : expectedPartitions) {
      assertArrayEquals(Files.readAllBytes(expected.resolve(partition).resolve(OutputPartitions.FILE_NAME)),
          Files.readAllBytes(actual.resolve(partition).resolve(OutputPartitions.FILE_NAME)),
          "after the nightly run of " + date + ": " + partition);
    }
  }

  /** How many partitions of dates before {@code date} a run changed. */
  private static int changedPartitionsBefore(Map<String, byte[]> before, Map<String, byte[]> after, String date) {
    int changed = 0;
    for (Map.Entry<String, byte[]> file : after.entrySet()) {
      String name = file.getKey();
      if (name.startsWith("date=") && name.compareTo("date=" + date) < 0 && before.containsKey(name)
          && !Arrays.equals(before.get(name), file.getValue())) {
        changed++;
      }
    }
    return changed;
  }

  /** The run's summaries.jsonl holds dates from {@code from} to {@code to} only, the last among them. */
  private static void assertSummaryDates(Path output, String from, String to) throws IOException {
    List<String> summaryDates = new ArrayList<>();
    for (String line : Files.readAllLines(output.resolve("summaries.jsonl"), StandardCharsets.UTF_8)) {
      summaryDates.add(JSON.readTree(line).get("date").asText());
    }
    assertTrue(summaryDates.contains(to), summaryDates.toString());
    assertTrue(summaryDates.stream().allMatch(d -> d.compareTo(from) >= 0 && d.compareTo(to) <= 0), summaryDates.toString());
  }

  /**
   * A nightly run killed (SIGKILL) midway leaves the previous partitions, manifest and state as
   * they were, and its lock behind; the next run reports and removes the stale lock and completes.
   */
  @Test
  void aKilledNightlyRunLeavesPartitionsManifestAndStateIntact() throws Exception {
    Path out = work.resolve("kill-out");
    Path state = work.resolve("kill-state");
    String base = dates.get(5);
    String next = dates.get(6);
    // A catching-up nightly run over the dates after the state's, long enough to be killed midway.
    String[] nightly = {"--input=" + archive, "--output=" + out, "--state=" + state, "--from=" + next};
    run("--input=" + archive, "--output=" + out, "--state=" + state, "--to=" + base);
    Map<String, byte[]> outputBefore = contents(out);
    Map<String, String> stateBefore = currentState(state);

    Path log = work.resolve("killed-run.log");
    Process job = javaMain(log, nightly).start();
    Path lock = out.resolve(RunLock.FILE_NAME);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(lock) && job.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Thread.sleep(1_500);
    assertTrue(job.isAlive(), "the nightly run should still be running 1.5 s after it took its lock:\n" + Files.readString(log));
    job.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    assertEquals(outputBefore.keySet(), contents(out).keySet(), "the same output files (and no partition of " + next + ")");
    Map<String, byte[]> outputAfter = contents(out);
    outputBefore.forEach((name, bytes) -> assertArrayEquals(bytes, outputAfter.get(name), name));
    assertEquals(stateBefore, currentState(state));
    assertTrue(Files.exists(lock), "a killed run cannot remove its lock");

    Runs rerun = run(nightly);
    assertTrue(rerun.err().contains("removed a stale lock of the output directory"), rerun.err());
    assertFalse(Files.exists(lock));
    assertTrue(Files.exists(OutputPartitions.partition(out, next).resolve(OutputPartitions.FILE_NAME)));
    assertTrue(currentState(state).containsKey("date=" + next + ".seg.gz"));
  }

  /** Every regular file below a directory (but the lock), by relative path. */
  private static Map<String, byte[]> contents(Path directory) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().equals(RunLock.FILE_NAME)) {
          files.put(directory.relativize(file).toString(), Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  /** {@link Main} in a JVM of its own, on this test's class path, so that it can be killed. */
  private static ProcessBuilder javaMain(Path log, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(Arrays.asList(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
  }

  /** The files of a state's current version, by name, with their bytes as a string of hex for readable diffs. */
  static Map<String, String> currentState(Path state) throws IOException {
    ArchiveStateDirectory directory = ArchiveStateDirectory.at(state);
    Path version = state.resolve(directory.currentVersion().orElseThrow());
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(version)) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
      }
    }
    return files;
  }

  static List<String> partitions(Path output) throws IOException {
    try (Stream<Path> list = Files.list(output)) {
      return list.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("date=")).sorted().toList();
    }
  }

  static Runs run(String... args) {
    Runs run = Runs.main(args);
    assertEquals(0, run.exitCode(), run.toString());
    return run;
  }
}
