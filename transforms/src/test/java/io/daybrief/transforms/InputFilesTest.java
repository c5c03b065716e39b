package io.daybrief.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.text.DateFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @Test
  void directoriesStandForEveryFileBelowThem(@TempDir Path dir) {
    assertEquals(dir + "/**", InputFiles.asPattern(dir.toString()));
    assertEquals("gs://bucket/archive/**", InputFiles.asPattern("gs://bucket/archive/"));
    assertEquals(dir + "/*.txt", InputFiles.asPattern(dir + "/*.txt"));
  }

  @Test
  void inputsThatMatchNothingAreNamed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "text", StandardCharsets.UTF_8);
    Files.createDirectory(dir.resolve("empty"));
    assertEquals(
        List.of(dir + "/*.jsonl", dir + "/empty", "/no/such/file.txt"),
        InputFiles.unmatched(List.of(dir.toString(), dir + "/*.jsonl", dir + "/empty", "/no/such/file.txt")));
  }

  @Test
  void totalBytesCountsEveryMatchedFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "four", StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.txt"), "sixsix", StandardCharsets.UTF_8);
    assertEquals(10, InputFiles.totalBytes(List.of(dir.toString())));
    assertEquals(14, InputFiles.totalBytes(List.of(dir.toString(), dir + "/a.txt")));
  }

  @Test
  void partitionsOutsideTheDatesAreLeftOutAndHiddenFilesAreNotArticles() {
    DateFilter march = new DateFilter(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31), false);
    assertTrue(InputFiles.inSelectedPartition("/archive/date=2022-03-02/a.txt", march));
    assertFalse(InputFiles.inSelectedPartition("/archive/date=2022-04-02/a.txt", march));
    assertTrue(InputFiles.inSelectedPartition("/archive/undated/a.txt", march));
    assertTrue(InputFiles.inSelectedPartition("/archive/date=2022-04-02/a.txt", null));
    assertTrue(InputFiles.isHidden(".a.txt"));
    assertTrue(InputFiles.isHidden("_SUCCESS"));
    assertFalse(InputFiles.isHidden("a.txt"));
  }
}
