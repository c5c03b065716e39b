package io.daybrief.transforms;

import static io.daybrief.transforms.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.model.ArchiveSegment;
import io.daybrief.text.DateFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveStateDirectoryTest {
  private static final String STORY = "The rescue teams reached the collapsed school in the capital on Tuesday night";

  @TempDir
  Path root;

  @Test
  void aNewStateHasNoVersionAndNoSegments() throws IOException {
    ArchiveStateDirectory state = ArchiveStateDirectory.at(root);
    assertEquals(Optional.empty(), state.currentVersion());
    assertTrue(state.segments().isEmpty());
    assertEquals(Optional.empty(), state.minSentenceWords());
  }

  @Test
  void aCommitMakesANewVersionWithTheStagedDatesAndKeepsTheOthers() throws IOException {
    ArchiveStateDirectory state = ArchiveStateDirectory.at(root);
    Path first = stage(state, "run1", "2022-03-01", "2022-03-02");
    assertEquals("v000001", state.commit(first, 0, 6));
    long kept = Files.size(state.segments().get("2022-03-01"));

    Path second = stage(state, "run2", "2022-03-02", "2022-03-03");
    assertEquals("v000002", state.commit(second, 0, 6));

    assertEquals(Optional.of("v000002"), state.currentVersion());
    assertEquals(List.of("2022-03-01", "2022-03-02", "2022-03-03"), List.copyOf(state.segments().keySet()));
    assertEquals(kept, Files.size(state.segments().get("2022-03-01")));
    assertFalse(Files.exists(root.resolve("v000001")), "the previous version is removed");
    assertFalse(Files.exists(second), "the staging directory is removed");
    assertEquals(Optional.of(6), state.minSentenceWords());
    String index = Files.readString(root.resolve("v000002").resolve(ArchiveStateDirectory.INDEX));
    assertTrue(index.contains("{\"date\":\"2022-03-03\",\"documents\":1,\"fingerprints\":true,\"text\":false,\"bytes\":"), index);
  }

  @Test
  void retentionForgetsTheFingerprintsOfOldDatesButKeepsTheirFrequencies() throws IOException {
    ArchiveStateDirectory state = ArchiveStateDirectory.at(root);
    state.commit(stage(state, "run1", "2022-03-01", "2022-03-05", "2022-03-10"), 5, 6);
    assertFalse(read(state, "2022-03-01").fingerprintsKept());
    assertFalse(read(state, "2022-03-05").fingerprintsKept(), "5 days before the newest date");
    assertTrue(read(state, "2022-03-10").fingerprintsKept());
    assertEquals(1L, read(state, "2022-03-01").frequencies().get("rescue"));
  }

  @Test
  void theTextOfDatesBeforeTheWindowIsDroppedAndItsRunsReadTheWindowApart() throws IOException {
    ArchiveStateDirectory state = ArchiveStateDirectory.at(root);
    Path staging = stage(state, "run1");
    for (String date : List.of("2022-03-01", "2022-03-02", "2022-03-03", "2022-03-04")) {
      try (OutputStream out = Files.newOutputStream(staging.resolve(ArchiveSegment.fileName(date)))) {
        ArchiveSegment.of(date, List.of(document("d-" + date, date, STORY)), 6, true).writeTo(out);
      }
    }
    state.commit(staging.toString(), 0, 6, 2);
    assertEquals(Optional.of(2), state.textDays());
    assertFalse(read(state, "2022-03-02").textKept(), "2 days before the newest date");
    assertTrue(read(state, "2022-03-02").texts().isEmpty());
    assertTrue(read(state, "2022-03-03").textKept());
    assertEquals(1, read(state, "2022-03-04").texts().size());
    // A nightly run of the 5th: the 3rd and 4th are summarized again, the earlier dates only counted.
    DateFilter nightly = new DateFilter(null, null, false).onlyDates(Set.of(LocalDate.parse("2022-03-05")));
    assertEquals(List.of("date=2022-03-01.seg.gz", "date=2022-03-02.seg.gz"),
        names(state.segmentsBefore(nightly.withDaysBefore(2))));
  }

  @Test
  void aRunReadsTheDatesBeforeItsLastThatItDoesNotProcess() throws IOException {
    ArchiveStateDirectory state = ArchiveStateDirectory.at(root);
    state.commit(stage(state, "run1", "2022-03-01", "2022-03-02", "2022-03-03", "2022-03-04"), 0, 6);
    DateFilter rerunOfMarch2 = new DateFilter(null, null, false).onlyDates(Set.of(LocalDate.parse("2022-03-02")));
    assertEquals(List.of("date=2022-03-01.seg.gz"), names(state.segmentsBefore(rerunOfMarch2)));
    DateFilter gap = new DateFilter(null, null, false)
        .onlyDates(Set.of(LocalDate.parse("2022-03-01"), LocalDate.parse("2022-03-03")));
    assertEquals(List.of("date=2022-03-02.seg.gz"), names(state.segmentsBefore(gap)));
    DateFilter from = new DateFilter(LocalDate.parse("2022-03-03"), null, false);
    assertEquals(List.of("date=2022-03-01.seg.gz", "date=2022-03-02.seg.gz"), names(state.segmentsBefore(from)));
  }

  @Test
  void leftoversOfAKilledRunAreRemovedAndTheCurrentVersionKept() throws IOException {
    ArchiveStateDirectory state = ArchiveStateDirectory.at(root);
    state.commit(stage(state, "run1", "2022-03-01"), 0, 6);
    stage(state, "killed", "2022-03-02");
    Files.createDirectories(root.resolve(".tmp-v000002"));
    Files.createDirectories(root.resolve("v000003"));
    Files.writeString(root.resolve("CURRENT.tmp"), "v000003\n");

    assertEquals(4, state.removeLeftovers());
    assertEquals(Optional.of("v000001"), state.currentVersion());
    try (var entries = Files.list(root)) {
      assertEquals(List.of("CURRENT", "v000001"), entries.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aTruncatedSegmentIsNamed() throws IOException {
    ArchiveStateDirectory state = committed("2022-03-01", "2022-03-02");
    Path segment = root.resolve("v000001").resolve("date=2022-03-02.seg.gz");
    byte[] bytes = Files.readAllBytes(segment);
    Files.write(segment, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertDamaged(state, segment.toString(), "truncated");
  }

  @Test
  void aFlippedBitInASegmentIsNamed() throws IOException {
    ArchiveStateDirectory state = committed("2022-03-01", "2022-03-02");
    Path segment = root.resolve("v000001").resolve("date=2022-03-01.seg.gz");
    byte[] bytes = Files.readAllBytes(segment);
    bytes[bytes.length / 2] ^= 0x10;
    Files.write(segment, bytes);
    assertDamaged(state, segment.toString(), "");
  }

  @Test
  void aCurrentPointerNamingAMissingVersionIsNamed() throws IOException {
    ArchiveStateDirectory state = committed("2022-03-01");
    Files.writeString(root.resolve("CURRENT"), "v000007\n");
    assertDamaged(state, root.resolve("CURRENT").toString(), "v000007");
  }

  @Test
  void aMissingCurrentPointerBesideVersionsIsNamedRatherThanTakenForANewState() throws IOException {
    ArchiveStateDirectory state = committed("2022-03-01");
    Files.delete(root.resolve("CURRENT"));
    assertDamaged(state, root.resolve("CURRENT").toString(), "missing");
  }

  @Test
  void aSegmentOfAnotherFormatIsNamed() throws IOException {
    ArchiveStateDirectory state = committed("2022-03-01", "2022-03-02");
    Path segment = root.resolve("v000001").resolve("date=2022-03-02.seg.gz");
    byte[] content;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(segment))) {
      content = in.readAllBytes();
    }
    content[4] = 1; // the format, after the 4-byte magic
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(segment))) {
      out.write(content);
    }
    Path index = root.resolve("v000001").resolve(ArchiveStateDirectory.INDEX);
    Files.writeString(index, Files.readString(index).replaceAll(
        "(\"date\":\"2022-03-02\"[^}]*\"bytes\":)\\d+", "$1" + Files.size(segment)));
    assertDamaged(state, segment.toString(), "format 1");
  }

  @Test
  void anIndexOfAnotherFormatIsNamed() throws IOException {
    ArchiveStateDirectory state = committed("2022-03-01");
    Path index = root.resolve("v000001").resolve(ArchiveStateDirectory.INDEX);
    Files.writeString(index, Files.readString(index).replace("{\"format\":" + ArchiveSegment.FORMAT, "{\"format\":1"));
    assertDamaged(state, index.toString(), "format 1");
  }

  /** The check fails with one line naming the file and why, and leaves every file of the state as it was. */
  private void assertDamaged(ArchiveStateDirectory state, String file, String reason) throws IOException {
    Map<String, String> before = files(root);
    ArchiveStateDirectory.DamagedStateException damaged =
        assertThrows(ArchiveStateDirectory.DamagedStateException.class, state::minSentenceWords);
    String message = damaged.getMessage();
    assertTrue(message.contains(file) && message.contains(reason), message);
    assertEquals(1, message.lines().count(), message);
    assertEquals(before, files(root));
  }

  private ArchiveStateDirectory committed(String... dates) throws IOException {
    ArchiveStateDirectory state = ArchiveStateDirectory.at(root);
    state.commit(stage(state, "run1", dates), 0, 6);
    assertTrue(state.verify().isPresent(), "a state as committed verifies");
    return state;
  }

  /** Every file under a directory, by relative path, with its bytes as hex. */
  private static Map<String, String> files(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(directory.relativize(file).toString(), HexFormat.of().formatHex(Files.readAllBytes(file)));
      }
    }
    return files;
  }

  private static List<String> names(List<String> files) {
    return files.stream().map(file -> Path.of(file).getFileName().toString()).toList();
  }

  private static ArchiveSegment read(ArchiveStateDirectory state, String date) throws IOException {
    try (InputStream in = Files.newInputStream(state.segments().get(date))) {
      return ArchiveSegment.readFrom(in);
    }
  }

  /** Writes a one-document segment per date into a run's staging directory, as the job's workers do. */
  private static Path stage(ArchiveStateDirectory state, String runId, String... dates) throws IOException {
    Path staging = Files.createDirectories(state.stagingDirectory(runId));
    for (String date : dates) {
      try (OutputStream out = Files.newOutputStream(staging.resolve(ArchiveSegment.fileName(date)))) {
        ArchiveSegment.of(date, List.of(document("d-" + date, date, STORY)), 6).writeTo(out);
      }
    }
    return staging;
  }
}
