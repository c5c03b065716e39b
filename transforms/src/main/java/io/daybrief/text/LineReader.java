package io.daybrief.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines before decoding, so that one undecodable line is rejected on its
 * own instead of failing the whole file. Accepts {@code \n} and {@code \r\n}. Reads in blocks of its
 * own (reading byte by byte was a quarter of the per-document work), so the caller need not buffer.
 * A line longer than the limit is skipped, not held: a file without line breaks costs no memory.
 */
public final class LineReader {
  private static final int BLOCK_BYTES = 1 << 16;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] block = new byte[BLOCK_BYTES];
  /** Only for a line that spans blocks; a line inside one block is copied out directly. */
  private final ByteArrayOutputStream spanning = new ByteArrayOutputStream(256);
  private int position;
  private int limit;
  private long lineNumber;
  private boolean tooLong;

  public LineReader(InputStream in, int maxLineBytes) {
    this(in, maxLineBytes, 0);
  }

  /** For a stream that starts at line {@code linesBefore + 1} of its file (a range of it): numbers lines as in the file. */
  public LineReader(InputStream in, int maxLineBytes, long linesBefore) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.lineNumber = linesBefore;
  }

  /**
   * The next line without its terminator, or null at the end of the stream. A line of more than
   * the limit comes back empty, with {@link #tooLong()} set.
   */
  public byte[] next() throws IOException {
    tooLong = false;
    if (!fill()) {
      return null;
    }
    lineNumber++;
    int end = indexOfNewline(position, limit);
    if (end >= 0) {
      int start = position;
      position = end + 1;
      return line(Arrays.copyOfRange(block, start, end), end - start);
    }
    spanning.reset();
    long length = 0;
    while (fill()) {
      end = indexOfNewline(position, limit);
      int stop = end >= 0 ? end : limit;
      int count = stop - position;
      // One more byte than the limit is kept: it may be the '\r' of a line exactly at the limit.
      long room = maxLineBytes + 1L - length;
      if (room > 0) {
        spanning.write(block, position, (int) Math.min(room, count));
      }
      length += count;
      position = end >= 0 ? end + 1 : limit;
      if (end >= 0) {
        break;
      }
    }
    return line(spanning.toByteArray(), length);
  }

  /** {@code kept} is the line's first bytes (all of them unless it is too long); {@code length} its full length. */
  private byte[] line(byte[] kept, long length) {
    int end = kept.length > 0 && kept[kept.length - 1] == '\r' && length == kept.length ? kept.length - 1 : kept.length;
    if (end > maxLineBytes) {
      tooLong = true;
      return new byte[0];
    }
    return end == kept.length ? kept : Arrays.copyOf(kept, end);
  }

  /** Whether unread bytes are buffered, reading the next block if none are; false at the end. */
  private boolean fill() throws IOException {
    if (position < limit) {
      return true;
    }
    position = 0;
    limit = 0;
    int read = in.read(block, 0, block.length);
    while (read == 0) {
      read = in.read(block, 0, block.length);
    }
    if (read < 0) {
      return false;
    }
    limit = read;
    return true;
  }

  private int indexOfNewline(int from, int to) {
    for (int i = from; i < to; i++) {
      if (block[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** 1-based number of the line last returned. */
  public long lineNumber() {
    return lineNumber;
  }

  /** Whether the line last returned was longer than the limit (and so returned empty). */
  public boolean tooLong() {
    return tooLong;
  }
}
