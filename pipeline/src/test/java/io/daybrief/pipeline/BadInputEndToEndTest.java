package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.transforms.Counters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed JSON line and a binary file beside good articles: both are rejected, the rest summarized. */
class BadInputEndToEndTest {

  @Test
  void badItemsAreRejectedAndEverythingElseIsSummarized(@TempDir Path input, @TempDir Path out) throws IOException {
    try (Stream<Path> seeds = Files.list(SeedsEndToEndTest.SEEDS)) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, input.resolve(seed.getFileName()));
      }
    }
    Files.writeString(input.resolve("wire.jsonl"), String.join("\n",
        "{\"id\":\"wire-1\",\"date\":\"2022-03-04\",\"title\":\"\",\"text\":\"Talks between Russian and Ukrainian delegations resumed in Belarus on Friday, officials said.\"}",
        "{\"id\":\"wire-2\",\"date\":\"2022-03-04\",\"text\":"),
        StandardCharsets.UTF_8);
    Files.write(input.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 16});

    SummarizeOptions options = Main.parse(new String[] {"--input=" + input, "--output=" + out});
    RunReport report = DaybriefJob.run(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    List<String> rejected = Files.readAllLines(out.resolve("rejected.jsonl"));
    assertEquals(2, rejected.size(), rejected.toString());
    assertTrue(rejected.get(0).contains("\"source\":\"" + input.toAbsolutePath() + "/photo.jpg\""), rejected.get(0));
    assertTrue(rejected.get(1).contains("\"line\":2") && rejected.get(1).contains("malformed JSON"), rejected.get(1));

    List<String> summaries = Files.readAllLines(out.resolve("summaries.jsonl"));
    assertEquals(4, summaries.size());
    assertTrue(summaries.get(2).startsWith("{\"date\":\"2022-03-04\",\"documents\":1,"), summaries.get(2));
    assertTrue(summaries.get(2).contains("Talks between Russian and Ukrainian delegations resumed"), summaries.get(2));
    assertEquals(7, report.get(Counters.DOCUMENTS_READ));
    assertEquals(report.get(Counters.DOCUMENTS_READ),
        report.get(Counters.DOCUMENTS_PARSED) + report.get(Counters.DOCUMENTS_REJECTED));
    assertEquals(2, report.get(Counters.REJECTED_RECORDS));
  }
}
