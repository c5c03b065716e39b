package io.daybrief.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a line-based file into byte ranges that each start at a line, so that workers can read the
 * parts of one large file at once; each range knows how many lines come before it, so records keep
 * the line numbers a reader of the whole file would give them.
 */
public final class LineSplits {
  private static final int BLOCK_BYTES = 1 << 16;

  /**
   * @param start offset of the range's first byte, the start of a line
   * @param end offset just past the range's last byte (the next range's start, or the file's end)
   * @param linesBefore lines of the file before {@code start}
   */
  public record Range(long start, long end, long linesBefore) {}

  /**
   * @param ranges in file order, covering every byte once
   * @param hasRecords whether any line holds more than spaces, tabs and carriage returns
   */
  public record Splits(List<Range> ranges, boolean hasRecords) {}

  private LineSplits() {}

  /** Reads {@code in} to its end; a range ends at the first line start at or after {@code rangeBytes} past its own. */
  public static Splits of(InputStream in, long rangeBytes) throws IOException {
    List<Range> ranges = new ArrayList<>();
    byte[] block = new byte[BLOCK_BYTES];
    long offset = 0;
    long lines = 0;
    long rangeStart = 0;
    long rangeLinesBefore = 0;
    boolean hasRecords = false;
    for (int n = in.read(block); n >= 0; n = in.read(block)) {
      for (int i = 0; i < n; i++) {
        byte b = block[i];
        if (b == '\n') {
          lines++;
          long lineStart = offset + i + 1;
          if (lineStart - rangeStart >= rangeBytes) {
            ranges.add(new Range(rangeStart, lineStart, rangeLinesBefore));
            rangeStart = lineStart;
            rangeLinesBefore = lines;
          }
        } else if (b != ' ' && b != '\t' && b != '\r') {
          hasRecords = true;
        }
      }
      offset += n;
    }
    if (offset > rangeStart) {
      ranges.add(new Range(rangeStart, offset, rangeLinesBefore));
    }
    return new Splits(List.copyOf(ranges), hasRecords);
  }
}
