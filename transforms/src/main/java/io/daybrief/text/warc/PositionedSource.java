package io.daybrief.text.warc;

import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered input that knows its byte offset in the file and can give back the bytes it read
 * last from its buffer: a gzip member's inflater reads ahead, and what it did not use is the
 * start of the next member.
 */
final class PositionedSource {
  private static final int BUFFER_SIZE = 64 * 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private int position;
  private int limit;
  /** Offset in the file of buffer[0]. */
  private long bufferOffset;

  PositionedSource(InputStream in, long startOffset) {
    this.in = in;
    this.bufferOffset = startOffset;
  }

  long offset() {
    return bufferOffset + position;
  }

  /** At least one byte buffered, or false at the end of the input. */
  boolean fill() throws IOException {
    if (position < limit) {
      return true;
    }
    bufferOffset += limit;
    position = 0;
    limit = 0;
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    limit = n;
    return true;
  }

  /**
   * At least {@code count} bytes buffered (fewer only at the end of the input); moves what is
   * buffered to the front to make room, so call it only between reads.
   */
  boolean ensure(int count) throws IOException {
    if (limit - position >= count) {
      return true;
    }
    int kept = limit - position;
    System.arraycopy(buffer, position, buffer, 0, kept);
    bufferOffset += position;
    position = 0;
    limit = kept;
    while (limit < count) {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        break;
      }
      limit += n;
    }
    return limit > 0;
  }

  void skip(int count) {
    position += count;
  }

  int read() throws IOException {
    return fill() ? buffer[position++] & 0xFF : -1;
  }

  int read(byte[] target, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, limit - position);
    System.arraycopy(buffer, position, target, off, n);
    position += n;
    return n;
  }

  /** The buffered bytes, for an inflater; they count as read until {@link #unread} gives some back. */
  byte[] buffer() {
    return buffer;
  }

  int bufferedStart() {
    return position;
  }

  int bufferedLength() {
    return limit - position;
  }

  void consumeAll() {
    position = limit;
  }

  /** Gives back the last {@code count} bytes taken with {@link #consumeAll}. */
  void unread(int count) {
    position -= count;
  }
}
