package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitsTest {

  private static LineSplits.Splits split(String text, long rangeBytes) throws Exception {
    return LineSplits.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rangeBytes);
  }

  @Test
  void rangesStartAtLinesAndCountTheLinesBefore() throws Exception {
    // Lines start at offsets 0, 4, 9, 10, 12 and 16.
    LineSplits.Splits splits = split("abc\ndefg\n\n\r\nhij\nk", 5);
    assertEquals(List.of(
        new LineSplits.Range(0, 9, 0),
        new LineSplits.Range(9, 16, 2),
        new LineSplits.Range(16, 17, 5)), splits.ranges());
    assertTrue(splits.hasRecords());
  }

  @Test
  void aFileWithoutLongEnoughPartsIsOneRange() throws Exception {
    assertEquals(List.of(new LineSplits.Range(0, 8, 0)), split("abc\ndef\n", 100).ranges());
  }

  @Test
  void blankLinesAreNoRecordsAndAnEmptyFileHasNoRanges() throws Exception {
    assertFalse(split(" \t\r\n\n  \n", 2).hasRecords());
    assertEquals(List.of(), split("", 2).ranges());
  }
}
