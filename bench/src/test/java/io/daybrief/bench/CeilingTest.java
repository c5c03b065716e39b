package io.daybrief.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CeilingTest {

  @Test
  void countsWhatTheJobCountsPerDocument(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("docs.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"a\",\"date\":\"2024-03-01\",\"title\":\"Quay closed\",\"text\":\"Read more: Other news today\\n"
            + "The harbour authority closed the northern quay on Monday. A crane had collapsed onto two fishing boats.\\n"
            + "Source link\"}",
        "",
        "{\"id\":\"b\",\"text\":\"2 March 2024\\nRain flooded the lower districts of the town overnight.\"}",
        "not json",
        ""), StandardCharsets.UTF_8);
    Ceiling ceiling = new Ceiling(ZoneOffset.UTC, 6);
    ceiling.readFile(file);
    Ceiling.Counts counts = ceiling.counts();
    assertEquals(2, counts.documents);
    assertEquals(1, counts.rejected);
    // a: title + three lines, of which the link line and "Source link" are boilerplate; b: two lines, the date line dropped.
    assertEquals(6, counts.paragraphsRead);
    assertEquals(3, counts.paragraphsKept);
    assertEquals(4, counts.sentences);
    // "Quay closed" is too short to compare; the other three sentences have ten band keys and a set key each.
    assertEquals(3, counts.comparableSentences);
    assertEquals(33, counts.candidateKeys);
  }
}
