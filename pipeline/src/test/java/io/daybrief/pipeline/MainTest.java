package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and error lines of the command line, as cron sees them. */
class MainTest {
  @TempDir
  Path out;

  @Test
  void missingInput() {
    assertBadOption("daybrief: --input is required (see --help)", "--output=" + out);
  }

  @Test
  void missingOutput() {
    assertBadOption("daybrief: --output is required (see --help)", "--input=" + Runs.SEEDS);
  }

  @Test
  void emptyInput() {
    assertBadOption("daybrief: --input must not be empty: a glob or directory of articles",
        "--input=", "--output=" + out);
  }

  @Test
  void aGlobThatMatchesNothingIsNamed() {
    String glob = Runs.SEEDS.toAbsolutePath().normalize() + "/*.jsonl";
    assertBadOption("daybrief: --input '" + glob + "' matches no file (--allowEmpty to run anyway)",
        "--input=" + Runs.SEEDS, "--input=" + glob, "--output=" + out);
  }

  @Test
  void aMissingPathIsNamedWithoutWalkingTheFileSystem() {
    assertBadOption("daybrief: --input '/no/such/archive' matches no file (--allowEmpty to run anyway)",
        "--input=/no/such/archive", "--output=" + out);
  }

  @Test
  void allowEmptyRunsAndWritesEmptyOutputs(@TempDir Path empty) throws IOException {
    Runs run = Runs.main("--input=" + empty, "--output=" + out, "--allowEmpty");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("", Files.readString(out.resolve("summaries.jsonl")));
    assertEquals("", Files.readString(out.resolve("rejected.jsonl")));
    assertTrue(run.out().contains("files       matched 0 = accepted 0 + rejected 0 + skipped (hidden) 0"), run.out());
  }

  @Test
  void fromAfterTo() {
    assertBadOption("daybrief: --from 2022-03-04 is after --to 2022-03-03",
        "--input=" + Runs.SEEDS, "--output=" + out, "--from=2022-03-04", "--to=2022-03-03");
  }

  @Test
  void nonPositiveBudgets() {
    assertBadOption("daybrief: --sentencesPerDate must be a positive number, was 0",
        "--input=" + Runs.SEEDS, "--output=" + out, "--sentencesPerDate=0");
    assertBadOption("daybrief: --sentencesPerDate must be a positive number, was -3",
        "--input=" + Runs.SEEDS, "--output=" + out, "--sentencesPerDate=-3");
    assertBadOption("daybrief: --maxDocumentBytes must be a positive number, was 0",
        "--input=" + Runs.SEEDS, "--output=" + out, "--maxDocumentBytes=0");
  }

  @Test
  void unknownOptionsAreNamedWithASuggestion() {
    assertBadOption("daybrief: unknown option --bogus (see --help)",
        "--input=" + Runs.SEEDS, "--output=" + out, "--bogus=1");
    assertBadOption("daybrief: unknown option --inptu: did you mean --input? (see --help)",
        "--inptu=" + Runs.SEEDS, "--output=" + out);
    assertBadOption("daybrief: unknown option --sentencesPerDay: did you mean --sentencesPerDate? (see --help)",
        "--input=" + Runs.SEEDS, "--output=" + out, "--sentencesPerDay=3");
  }

  @Test
  void badValuesNameTheirOption() {
    assertBadOption("daybrief: --sentencesPerDate: 'many' is not a valid int (see --help)",
        "--input=" + Runs.SEEDS, "--output=" + out, "--sentencesPerDate=many");
    assertBadOption("daybrief: --undated: 'maybe' is not a valid UndatedPolicy, expected one of [skip, group] (see --help)",
        "--input=" + Runs.SEEDS, "--output=" + out, "--undated=maybe");
    assertBadOption("daybrief: unexpected argument 'fixtures/seeds': options are written --name=value (see --help)",
        "fixtures/seeds", "--output=" + out);
  }

  @Test
  void helpListsTheOptionsAndSucceeds() {
    Runs run = Runs.main("--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("--allowEmpty") && run.out().contains("--maxDocumentBytes"), run.out());
    assertEquals(0, Runs.main("--help=FlinkPipelineOptions").exitCode());
  }

  @Test
  void anOutputDirectoryThatCannotBeCreatedIsABadOption() throws IOException {
    Path blocked = Files.writeString(out.resolve("not-a-directory"), "in the way");
    assertBadOption("daybrief: --output '" + blocked + "': cannot create the directory (" + blocked + ": a file is in the way)",
        "--input=" + Runs.SEEDS, "--output=" + blocked);
    assertBadOption("daybrief: --output '" + blocked + "/out': cannot create the directory (" + blocked + "/out: Not a directory)",
        "--input=" + Runs.SEEDS, "--output=" + blocked + "/out");
    assertEquals("in the way", Files.readString(blocked));
  }

  /**
   * The job fails at its end: rejected.jsonl cannot be replaced (a directory is in the way). Exit 1,
   * the reason on the first line of stderr, the previous summaries.jsonl untouched, no temporary
   * file left behind, and a run manifest that says it failed.
   */
  @Test
  void aFailedRunExitsOneWithTheReasonAndLeavesThePreviousOutputs() throws IOException {
    Files.writeString(out.resolve("summaries.jsonl"), "previous run\n");
    Files.writeString(Files.createDirectories(out.resolve("rejected.jsonl/in-the-way")).resolve("file"), "x");

    Runs run = Runs.main("--input=" + Runs.SEEDS, "--output=" + out);

    assertEquals(1, run.exitCode(), run.toString());
    String firstLine = run.err().lines().findFirst().orElse("");
    assertTrue(firstLine.startsWith("daybrief: failed: ") && firstLine.contains("rejected.jsonl"), run.err());
    assertEquals("previous run\n", Files.readString(out.resolve("summaries.jsonl")));
    assertEquals(List.of("_run.json", "rejected.jsonl", "summaries.jsonl"), Runs.listing(out),
        "no temporary file left, and no partition: only the manifest of the failed run");
    assertTrue(Files.readString(out.resolve("_run.json")).contains("\"status\" : \"failed\""));
  }

  private void assertBadOption(String expected, String... args) {
    List<String> before = Runs.listing(out);
    Runs run = Runs.main(args);
    assertEquals(2, run.exitCode(), run.toString());
    assertEquals(expected + "\n", run.err(), "exactly one line on stderr");
    assertEquals("", run.out());
    assertEquals(before, Runs.listing(out), "nothing is written for bad options");
  }
}
