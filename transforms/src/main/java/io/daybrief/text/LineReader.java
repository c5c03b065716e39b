package io.daybrief.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines before decoding, so that one undecodable line is rejected on its
 * own instead of failing the whole file. Accepts {@code \n} and {@code \r\n}. The caller buffers.
 * A line longer than the limit is skipped, not held: a file without line breaks costs no memory.
 */
public final class LineReader {
  private final InputStream in;
  private final int maxLineBytes;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private long lineNumber;
  private boolean tooLong;

  public LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * The next line without its terminator, or null at the end of the stream. A line of more than
   * the limit comes back empty, with {@link #tooLong()} set.
   */
  public byte[] next() throws IOException {
    line.reset();
    tooLong = false;
    int b = in.read();
    if (b < 0) {
      return null;
    }
    long length = 0;
    while (b >= 0 && b != '\n') {
      length++;
      // One more byte than the limit is kept: it may be the '\r' of a line exactly at the limit.
      if (length <= maxLineBytes + 1L) {
        line.write(b);
      }
      b = in.read();
    }
    lineNumber++;
    byte[] bytes = line.toByteArray();
    int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' && length == bytes.length ? bytes.length - 1 : bytes.length;
    if (end > maxLineBytes) {
      tooLong = true;
      return new byte[0];
    }
    return end == bytes.length ? bytes : Arrays.copyOf(bytes, end);
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
