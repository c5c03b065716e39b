package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming job through the command line: seed files arrive one by one in date order while it
 * runs, it stops after the idle time, and each date's latest summary equals the batch summary of
 * the same files with {@code --to} that date (dated by publication) or that date plus the allowed
 * lateness (dated by report). On the DirectRunner and on Flink embedded.
 */
class StreamingEndToEndTest {
  /** The allowed lateness of the reported-date tests: the default report window, so batch IDF definitions agree. */
  private static final int LATENESS_DAYS = 2;

  @Test
  void directRunnerStreamEqualsBatchPerDate(@TempDir Path work) throws Exception {
    streamSeedsAndCompare(work);
  }

  @Test
  void directRunnerStreamDatedByReportEqualsBatchToTheDatePlusTheLateness(@TempDir Path work) throws Exception {
    streamSeedsByReportAndCompare(work);
  }

  @Test
  void flinkEmbeddedStreamDatedByReportEqualsBatchToTheDatePlusTheLateness(@TempDir Path work) throws Exception {
    streamSeedsByReportAndCompare(work, "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2",
        "--checkpointingInterval=1000");
  }

  /** Every file read in one poll, dated by report: all final revisions come at the end, in date order. */
  @Test
  void filesPresentAtTheStartDatedByReportAreSummarizedAsInBatch(@TempDir Path work) throws Exception {
    Path in = work.resolve("in");
    Path out = work.resolve("out");
    Runs.copy(Runs.SEEDS, in, Runs.listing(Runs.SEEDS));
    Runs run = Runs.main("--streaming", "--input=" + in, "--output=" + out, "--pollInterval=500ms",
        "--stopAfterIdle=3s", "--earlyFiringDelay=1s", "--allowedLateness=" + LATENESS_DAYS + "d");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(StreamingRuns.batchSummaries(work, StreamingRuns.REPORTED_SEED_DATES, "reported", LATENESS_DAYS,
        Runs.SEEDS.toString()), StreamingRuns.latest(out));
  }

  @Test
  void aLatenessShorterThanTheReportWindowIsABadOption(@TempDir Path work) throws IOException {
    Runs run = Runs.main("--streaming", "--input=" + work, "--output=" + work.resolve("out"), "--allowedLateness=1d");
    assertEquals(Main.BAD_OPTIONS, run.exitCode(), run.toString());
    assertEquals("daybrief: --allowedLateness=1d is shorter than --reportWindowDays=2: a date's final summary must "
        + "wait for the articles that may report on it (use --allowedLateness=2d or more, or --dateBy=published)",
        run.err().strip());
    Runs published = Runs.main("--streaming", "--dateBy=published", "--input=" + Files.createDirectories(work.resolve("in")),
        "--output=" + work.resolve("out"), "--allowedLateness=1d", "--stopAfterIdle=1s", "--pollInterval=200ms");
    assertEquals(0, published.exitCode(), published.toString());
  }

  /**
   * Every file present at the start, read in one poll: the dates' last panes come together at the
   * end, in any order, and each final summary must still see the earlier dates.
   */
  @Test
  void filesPresentAtTheStartAreReadAndSummarizedAsInBatch(@TempDir Path work) throws Exception {
    Path in = work.resolve("in");
    Path out = work.resolve("out");
    Runs.copy(Runs.SEEDS, in, Runs.listing(Runs.SEEDS));
    Runs run = Runs.main("--streaming", "--dateBy=published", "--input=" + in, "--output=" + out,
        "--pollInterval=500ms", "--stopAfterIdle=3s", "--earlyFiringDelay=1s");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(StreamingRuns.batchSummaries(work, StreamingRuns.SEED_DATES, Runs.SEEDS.toString()),
        StreamingRuns.latest(out));
  }

  /** Streaming on Flink with a checkpoint every second, so that checkpoints are taken while it runs. */
  @Test
  void flinkEmbeddedStreamEqualsBatchPerDate(@TempDir Path work) throws Exception {
    streamSeedsAndCompare(work, "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2",
        "--checkpointingInterval=1000");
  }

  /**
   * The archive state of a batch run over the first date seeds the stream of the later date: its
   * final summary is the batch one over all dates, and without the state it is not (the state is used).
   */
  @Test
  void archiveStateOfABatchRunSeedsTheStream(@TempDir Path work) throws Exception {
    Path state = archiveStateUpTo(work, "2022-03-02");
    Path in = work.resolve("in");
    Runs.copy(Runs.SEEDS, in, List.of("000_80c4707803dd9771.txt", "001_eff9f256ee551618.txt"));
    Map<String, String> batch = StreamingRuns.batchSummaries(work, List.of("2022-03-03"), Runs.SEEDS.toString());

    long start = System.nanoTime();
    Runs byReport = streamOnce(in, work.resolve("by-report"), "--state=" + state);
    assertEquals(Main.BAD_OPTIONS, byReport.exitCode(), byReport.toString());
    assertEquals("daybrief: --streaming with --state dates by publication only: add --dateBy=published (a stream seeded "
        + "from the archive state cannot re-summarize the state's dates by report yet)", byReport.err().strip());
    Runs seeded = streamOnce(in, work.resolve("seeded"), "--state=" + state, "--dateBy=published");
    System.out.printf("seeded streaming run took %.1f s%n", (System.nanoTime() - start) / 1e9);
    assertEquals(0, seeded.exitCode(), seeded.toString());
    assertTrue(seeded.out().contains("seeded from the archive state " + state + ": 1 dates"), seeded.out());
    assertEquals(batch, StreamingRuns.latest(work.resolve("seeded")));

    Runs unseeded = streamOnce(in, work.resolve("unseeded"), "--dateBy=published");
    assertEquals(0, unseeded.exitCode(), unseeded.toString());
    assertNotEquals(batch, StreamingRuns.latest(work.resolve("unseeded")),
        "without the state the summary must differ, or this test would not notice an unused state");
  }

  @Test
  void aStateOfAnotherMinSentenceWordsOrNoStateIsABadOption(@TempDir Path work) throws Exception {
    Path state = archiveStateUpTo(work, "2022-03-02");
    Runs other = Runs.main("--streaming", "--input=" + work.resolve("in"), "--output=" + work.resolve("out"),
        "--state=" + state, "--minSentenceWords=9", "--dateBy=published");
    assertEquals(Main.BAD_OPTIONS, other.exitCode(), other.toString());
    assertTrue(other.err().contains("--minSentenceWords=9 differs from the archive state's"), other.err());

    Runs none = Runs.main("--streaming", "--input=" + work.resolve("in"), "--output=" + work.resolve("out"),
        "--state=" + work.resolve("no-state"), "--dateBy=published");
    assertEquals(Main.BAD_OPTIONS, none.exitCode(), none.toString());
    assertTrue(none.err().contains("no archive state there"), none.err());
  }

  /** A state written by a batch run over the seeds up to {@code date}. */
  private static Path archiveStateUpTo(Path work, String date) {
    Path state = work.resolve("state");
    Runs batch = Runs.main("--input=" + Runs.SEEDS, "--output=" + work.resolve("state-run"), "--state=" + state,
        "--to=" + date, "--dateBy=published");
    assertEquals(0, batch.exitCode(), batch.toString());
    return state;
  }

  /**
   * The on-time pane of 2022-03-02 comes once the 2022-03-03 file has been read, while the watch
   * still runs: not only when the idle rule ends it. Early firings are off, so the first revision
   * written is the on-time one.
   */
  @Test
  void directRunnerFiresTheOnTimePaneWhileTheWatchRuns(@TempDir Path work) throws Exception {
    onTimePaneComesBeforeTheEnd(work);
  }

  /** On Flink, the watch used to hold every date's watermark back until it ended. */
  @Test
  void flinkEmbeddedFiresTheOnTimePaneWhileTheWatchRuns(@TempDir Path work) throws Exception {
    onTimePaneComesBeforeTheEnd(work, "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
  }

  private static void onTimePaneComesBeforeTheEnd(Path work, String... runner) throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    Path out = work.resolve("out");
    Runs.copy(Runs.SEEDS, in, StreamingRuns.DATED_SEEDS_IN_DATE_ORDER.subList(0, 2));
    long idleMillis = 20_000;
    String[] args = Stream.concat(
        Stream.of("--streaming", "--input=" + in, "--output=" + out, "--pollInterval=500ms",
            "--stopAfterIdle=" + idleMillis / 1000 + "s", "--earlyFiringDelay=1h"),
        Stream.of(runner)).toArray(String[]::new);
    CompletableFuture<Runs> job = CompletableFuture.supplyAsync(() -> Runs.main(args));
    Path onTime = out.resolve("latest/2022-03-02.json");
    while (!Files.exists(onTime) && !job.isDone()) {
      Thread.sleep(100);
    }
    long appeared = System.nanoTime();
    String firstRevision = Files.exists(onTime) ? Files.readString(onTime) : "(none)";
    Runs run = job.get(3, TimeUnit.MINUTES);
    double beforeTheEnd = (System.nanoTime() - appeared) / 1e9;
    System.out.printf("on-time pane %.1f s before the job ended: %s%n", beforeTheEnd, String.join(" ", runner));
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(firstRevision.contains("\"final\":false,") && firstRevision.contains(",\"revision\":0,"), firstRevision);
    // The idle rule ends the job 20 s after the last new file; a pane that waited for the end comes within a second of it.
    assertTrue(beforeTheEnd > idleMillis / 2000.0,
        "the on-time pane came only " + beforeTheEnd + " s before the job ended\n" + run);
    assertTrue(Files.readString(onTime).contains("\"final\":true"), Files.readString(onTime));
  }

  /** The files in {@code in}, read in one poll, then the idle rule ends the job. */
  private static Runs streamOnce(Path in, Path out, String... more) {
    return Runs.main(Stream.concat(Stream.of("--streaming", "--input=" + in, "--output=" + out,
        "--pollInterval=500ms", "--stopAfterIdle=3s", "--earlyFiringDelay=1s"), Stream.of(more)).toArray(String[]::new));
  }

  @Test
  void aBadStreamingOptionIsAOneLineErrorBeforeAnyWork(@TempDir Path work) {
    Runs run = Runs.main("--streaming", "--input=" + work, "--output=" + work.resolve("out"), "--allowedLateness=soon");
    assertEquals(Main.BAD_OPTIONS, run.exitCode(), run.toString());
    assertEquals("daybrief: --allowedLateness: 'soon' is not a duration (expected e.g. 30s, 10m, 2h, 2d)",
        run.err().strip());
  }

  /** Writes seed {@code name} into {@code in} under a hidden name, then renames it: the watch never sees half a file. */
  private static void arrive(Path in, String name) throws IOException {
    Files.copy(Runs.SEEDS.resolve(name), in.resolve("." + name));
    Files.move(in.resolve("." + name), in.resolve(name));
  }

  private static void streamSeedsAndCompare(Path work, String... runner) throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    Path out = work.resolve("out");
    List<String> arrivals = new ArrayList<>(StreamingRuns.DATED_SEEDS_IN_DATE_ORDER);
    arrivals.addAll(List.of("002_c7c84149450f7894.txt", "004_1eef1c97d4b62be0.txt"));
    Runs.copy(Runs.SEEDS, in, arrivals.subList(0, 1));
    Thread feeder = new Thread(() -> {
      try {
        for (String name : arrivals.subList(1, arrivals.size())) {
          Thread.sleep(1_500);
          arrive(in, name);
        }
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    feeder.start();
    String[] args = Stream.concat(
        Stream.of("--streaming", "--dateBy=published", "--input=" + in, "--output=" + out, "--pollInterval=500ms",
            "--stopAfterIdle=6s", "--earlyFiringDelay=1s"),
        Stream.of(runner)).toArray(String[]::new);
    long start = System.nanoTime();
    Runs run = Runs.main(args);
    feeder.join();
    System.out.printf("streaming run took %.1f s: %s%n", (System.nanoTime() - start) / 1e9, String.join(" ", runner));
    assertEquals(0, run.exitCode(), run.toString());

    String updates = concatenated(out.resolve("updates"));
    assertEquals(StreamingRuns.batchSummaries(work, StreamingRuns.SEED_DATES, Runs.SEEDS.toString()),
        StreamingRuns.latest(out), () -> run.out() + "all revisions:\n" + updates.replaceAll(",\"sentences\".*", ""));
    for (String date : StreamingRuns.SEED_DATES) {
      assertTrue(Files.readString(out.resolve("latest/" + date + ".json")).contains("\"final\":true"), date);
    }
    String rejected = concatenated(out.resolve("rejected"));
    assertEquals(2, rejected.lines().filter(line -> line.contains("\"reason\":\"undated")).count(), rejected);
    for (String date : StreamingRuns.SEED_DATES) {
      assertEquals(1, updates.lines().filter(line -> line.contains("\"date\":\"" + date + "\"")
          && line.contains("\"final\":true")).count(), updates);
    }
  }

  /**
   * The dated seeds in date order, the 2022-03-03 ones only once 2022-03-02 has its first
   * revision: that revision has the 2022-03-02 article alone (batch {@code --to=2022-03-02}); the
   * 2022-03-03 articles, whose leads report on 2022-03-02, revise it late, and its final revision
   * is batch {@code --to=2022-03-04}.
   */
  private static void streamSeedsByReportAndCompare(Path work, String... runner) throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    Path out = work.resolve("out");
    List<String> arrivals = StreamingRuns.DATED_SEEDS_IN_DATE_ORDER;
    Runs.copy(Runs.SEEDS, in, arrivals.subList(0, 1));
    Path march2 = out.resolve("latest/2022-03-02.json");
    Thread feeder = new Thread(() -> {
      try {
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Files.exists(march2) && System.nanoTime() < giveUp) {
          Thread.sleep(100);
        }
        for (String name : arrivals.subList(1, arrivals.size())) {
          Thread.sleep(1_000);
          arrive(in, name);
        }
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    feeder.start();
    String[] args = Stream.concat(
        Stream.of("--streaming", "--input=" + in, "--output=" + out, "--pollInterval=500ms",
            "--stopAfterIdle=6s", "--earlyFiringDelay=1s", "--allowedLateness=" + LATENESS_DAYS + "d"),
        Stream.of(runner)).toArray(String[]::new);
    long start = System.nanoTime();
    Runs run = Runs.main(args);
    feeder.join();
    System.out.printf("streaming run by report took %.1f s: %s%n", (System.nanoTime() - start) / 1e9, String.join(" ", runner));
    assertEquals(0, run.exitCode(), run.toString());

    String updates = concatenated(out.resolve("updates"));
    String seeds = Runs.SEEDS.toString();
    assertEquals(StreamingRuns.batchSummaries(work, StreamingRuns.REPORTED_SEED_DATES, "reported", LATENESS_DAYS, seeds),
        StreamingRuns.latest(out), () -> run.out() + "all revisions:\n" + updates.replaceAll(",\"sentences\".*", ""));
    List<String> march2Revisions = updates.lines().filter(line -> line.startsWith("{\"date\":\"2022-03-02\"")).toList();
    String first = march2Revisions.stream().filter(line -> line.contains(",\"revision\":0,")).findFirst().orElseThrow();
    String last = march2Revisions.stream().filter(line -> line.contains("\"final\":true")).findFirst().orElseThrow();
    assertEquals(StreamingRuns.batchSummaries(work, List.of("2022-03-02"), "reported", 0, seeds).get("2022-03-02"),
        StreamingRuns.withoutRevision(first), updates);
    assertNotEquals(StreamingRuns.withoutRevision(first), StreamingRuns.withoutRevision(last), updates);
    assertTrue(march2Revisions.stream().anyMatch(line -> line.contains("\"final\":false")
        && line.contains("\"document\":\"000_80c4707803dd9771\"")),
        "a revision of 2022-03-02 before the final one cites an article of 2022-03-03:\n" + updates);
    for (String date : StreamingRuns.REPORTED_SEED_DATES) {
      assertEquals(1, updates.lines().filter(line -> line.contains("\"date\":\"" + date + "\"")
          && line.contains("\"final\":true")).count(), updates);
    }
  }

  private static String concatenated(Path directory) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
        all.append("# ").append(file.getFileName()).append('\n').append(Files.readString(file));
      }
    }
    return all.toString();
  }
}
