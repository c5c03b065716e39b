package io.daybrief.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestReaderTest {

  @Test
  void joinsSummariesWithTheirDateCountsAndReadsTheCounters(@TempDir Path out) throws IOException {
    write(out,
        "{\"date\":\"2022-03-02\",\"documents\":1,\"sentences\":[{\"document\":\"003\",\"score\":0.38,\"text\":\"First.\"}]}\n"
            + "{\"date\":\"undated\",\"documents\":2,\"sentences\":[]}\n",
        "{\"date\":\"2022-03-02\",\"documents\":1,\"paragraphs\":16}\n{\"date\":\"undated\",\"documents\":2,\"paragraphs\":11}\n");
    Digest digest = DigestReader.read(out.toString());
    assertEquals(List.of(
            new Digest.Day("2022-03-02", 1, 16, List.of(new Digest.Line("First.", "003"))),
            new Digest.Day("undated", 2, 11, List.of())),
        digest.days());
    assertEquals(5, digest.counter("documents.read"));
    assertEquals(7, digest.boilerplateDropped());
  }

  @Test
  void aRunWithoutDateCountsAsksForReport(@TempDir Path out) throws IOException {
    write(out, "{\"date\":\"2022-03-02\",\"documents\":1,\"sentences\":[]}\n", null);
    IOException missing = assertThrows(IOException.class, () -> DigestReader.read(out.toString()));
    assertTrue(missing.getMessage().endsWith("dates.jsonl is missing: a digest is made from a run with --report=html or --report=md"),
        missing.getMessage());
  }

  @Test
  void filesFromDifferentRunsAreRefused(@TempDir Path out) throws IOException {
    write(out, "{\"date\":\"2022-03-03\",\"documents\":1,\"sentences\":[]}\n", "{\"date\":\"2022-03-02\",\"documents\":1,\"paragraphs\":1}\n");
    assertEquals("dates.jsonl has no line for 2022-03-03 of summaries.jsonl: both must come from the same run",
        assertThrows(IOException.class, () -> DigestReader.read(out.toString())).getMessage());
  }

  @Test
  void dateKeysMustBeDatesOrUndated(@TempDir Path out) throws IOException {
    write(out, "{\"date\":\"March 3\",\"documents\":1,\"sentences\":[]}\n", "{\"date\":\"March 3\",\"documents\":1,\"paragraphs\":1}\n");
    assertEquals("summaries.jsonl: 'March 3' is neither an ISO date nor undated",
        assertThrows(IOException.class, () -> DigestReader.read(out.toString())).getMessage());
  }

  private static void write(Path out, String summaries, String dates) throws IOException {
    Files.writeString(out.resolve("summaries.jsonl"), summaries);
    if (dates != null) {
      Files.writeString(out.resolve("dates.jsonl"), dates);
    }
    Files.writeString(out.resolve("report.json"),
        "{\"counters\":{\"documents.read\":5,\"boilerplate.navigation\":6,\"boilerplate.template\":1}}");
  }
}
