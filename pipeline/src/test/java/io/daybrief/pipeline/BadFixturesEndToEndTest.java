package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fixtures/bad beside fixtures/seeds, through the entry point of
 * {@code scripts/summarize fixtures/seeds fixtures/bad out/}. Every bad item is rejected with its
 * reason (fixtures/expected/bad/rejected.jsonl), the odd but valid ones are used, and the counts
 * reconcile.
 *
 * <p>The seed summaries cannot stay byte for byte those of fixtures/expected/seeds as long as
 * anything is added to the collection: IDF is computed over every document of the run, so three
 * unrelated articles on another date changed the sentences chosen for two of the three seed dates.
 * What is tested instead is what the golden file can prove: the rejected fixtures alone leave the
 * seed summaries byte for byte unchanged, and all of fixtures/bad gives the same bytes as the seeds
 * plus just the fixtures it uses, so the rejected ones have no influence at all.
 */
class BadFixturesEndToEndTest {
  /** The fixtures that are odd but valid, and so used: all dated 2022-02-24, away from the seed dates. */
  static final List<String> USED = List.of("name with spaces.txt", "utf-16-bom.txt", "ünïcödé – статья.txt");
  private static final Path EXPECTED_REJECTED = Path.of("../fixtures/expected/bad/rejected.jsonl");

  @Test
  void everyBadItemIsRejectedWithItsReasonAndTheRestIsUsed(@TempDir Path out, @TempDir Path used) throws IOException {
    // Dated by publication, whose selection takes a sentence of every used fixture: what is tested is
    // that they are read and used, not how a summary is chosen.
    Runs run = Runs.main("--input=" + Runs.SEEDS, "--input=" + Runs.BAD, "--output=" + out, "--dateBy=published");

    assertEquals(0, run.exitCode(), run.toString());
    String badDirectory = Runs.BAD.toAbsolutePath().normalize() + "/";
    assertEquals(Files.readString(EXPECTED_REJECTED),
        Files.readString(out.resolve("rejected.jsonl")).replace(badDirectory, "fixtures/bad/"));
    assertTrue(run.out().contains("\n  files       matched 20 = accepted 11 + rejected 9 + skipped (hidden) 0\n"), run.out());
    assertTrue(run.out().contains(
        "\n  documents   read 18 = parsed 8 + rejected 9 + skipped (WARC records not pages) 1;"
        + " parsed = accepted 8 + filtered out 0\n"), run.out());
    assertTrue(run.out().contains("\n  rejected    18 = files 9 + documents 9\n"), run.out());
    assertTrue(run.out().contains("\n  skipped     1 WARC records: request 1\n"), run.out());
    assertFalse(run.out().contains("WARNING"), run.out());

    List<String> summaries = Files.readAllLines(out.resolve("summaries.jsonl"));
    assertTrue(summaries.get(0).startsWith("{\"date\":\"2022-02-24\",\"documents\":3,"), summaries.get(0));
    for (String name : List.of("name with spaces", "utf-16-bom", "ünïcödé – статья")) {
      assertTrue(summaries.get(0).contains("\"document\":\"" + name + "\""), name + " is used: " + summaries.get(0));
    }

    Runs.copy(Runs.BAD, used, USED);
    Path reference = Files.createDirectory(out.resolve("reference"));
    assertEquals(0, Runs.main("--input=" + Runs.SEEDS, "--input=" + used, "--output=" + reference, "--dateBy=published")
        .exitCode());
    assertArrayEquals(Files.readAllBytes(reference.resolve("summaries.jsonl")), Files.readAllBytes(out.resolve("summaries.jsonl")),
        "the rejected fixtures changed the summaries");
  }

  @Test
  void theRejectedFixturesLeaveTheSeedSummariesByteForByte(@TempDir Path input, @TempDir Path out) throws IOException {
    Runs.copy(Runs.SEEDS, input.resolve("seeds"), Runs.listing(Runs.SEEDS));
    Runs.copy(Runs.BAD, input.resolve("bad"),
        Runs.listing(Runs.BAD).stream().filter(name -> !USED.contains(name)).toList());

    Runs run = Runs.main("--input=" + input, "--output=" + out);

    assertEquals(0, run.exitCode(), run.toString());
    assertArrayEquals(Files.readAllBytes(Runs.GOLDEN), Files.readAllBytes(out.resolve("summaries.jsonl")));
    assertEquals(18, Files.readAllLines(out.resolve("rejected.jsonl")).size());
  }
}
