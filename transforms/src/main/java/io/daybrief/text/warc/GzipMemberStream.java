package io.daybrief.text.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * One gzip member (RFC 1952) of a source, inflated; the end of the stream is the end of the
 * member, and the source is left exactly at the next member. {@link java.util.zip.GZIPInputStream}
 * runs the members of a {@code .warc.gz} together and hides where each begins, which is what a
 * reader needs to split a file and to resume after a corrupt record.
 */
final class GzipMemberStream extends InputStream {
  private static final int MAGIC_1 = 0x1F;
  private static final int MAGIC_2 = 0x8B;
  private static final int DEFLATE = 8;
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final PositionedSource source;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private long inflatedBytes;
  private boolean finished;

  /** Reads the member header at the source's position. */
  GzipMemberStream(PositionedSource source) throws IOException {
    this.source = source;
    readHeader();
  }

  /** Whether a gzip member header starts at the source's position; consumes nothing. */
  static boolean startsAt(byte[] bytes, int at, int length) {
    return length >= 3 && (bytes[at] & 0xFF) == MAGIC_1 && (bytes[at + 1] & 0xFF) == MAGIC_2 && bytes[at + 2] == DEFLATE;
  }

  private void readHeader() throws IOException {
    int magic1 = source.read();
    int magic2 = source.read();
    if (magic1 != MAGIC_1 || magic2 != MAGIC_2) {
      throw new ZipException("not a gzip member");
    }
    if (source.read() != DEFLATE) {
      throw new ZipException("unsupported gzip compression method");
    }
    int flags = readByte();
    for (int i = 0; i < 6; i++) {
      readByte(); // mtime, xfl, os
    }
    if ((flags & FEXTRA) != 0) {
      int length = readByte() | readByte() << 8;
      for (int i = 0; i < length; i++) {
        readByte();
      }
    }
    if ((flags & FNAME) != 0) {
      while (readByte() != 0) {
        // file name
      }
    }
    if ((flags & FCOMMENT) != 0) {
      while (readByte() != 0) {
        // comment
      }
    }
    if ((flags & FHCRC) != 0) {
      readByte();
      readByte();
    }
  }

  private int readByte() throws IOException {
    int b = source.read();
    if (b < 0) {
      throw new EOFException("truncated gzip member");
    }
    return b;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] target, int off, int len) throws IOException {
    if (finished) {
      return -1;
    }
    if (len == 0) {
      return 0;
    }
    try {
      while (true) {
        int n = inflater.inflate(target, off, len);
        if (n > 0) {
          crc.update(target, off, n);
          inflatedBytes += n;
          return n;
        }
        if (inflater.finished()) {
          source.unread(inflater.getRemaining());
          readTrailer();
          finished = true;
          return -1;
        }
        if (inflater.needsDictionary()) {
          throw new ZipException("corrupt gzip member: needs a preset dictionary");
        }
        if (inflater.needsInput()) {
          if (!source.fill()) {
            throw new EOFException("truncated gzip member");
          }
          inflater.setInput(source.buffer(), source.bufferedStart(), source.bufferedLength());
          source.consumeAll();
        }
      }
    } catch (DataFormatException e) {
      // What the inflater did not take is given back: the next member may start in it.
      source.unread(inflater.getRemaining());
      finished = true;
      throw new ZipException("corrupt gzip member: " + e.getMessage());
    }
  }

  private void readTrailer() throws IOException {
    long expectedCrc = readInt();
    long expectedSize = readInt();
    if (expectedCrc != crc.getValue()) {
      throw new ZipException("corrupt gzip member: CRC mismatch");
    }
    if (expectedSize != (inflatedBytes & 0xFFFFFFFFL)) {
      throw new ZipException("corrupt gzip member: size mismatch");
    }
  }

  private long readInt() throws IOException {
    return (readByte() | readByte() << 8 | readByte() << 16 | (long) readByte() << 24) & 0xFFFFFFFFL;
  }

  /** Inflates and drops the rest of the member, leaving the source at the next one. */
  void skipToEnd() throws IOException {
    byte[] scratch = new byte[8192];
    while (read(scratch, 0, scratch.length) >= 0) {
      // discarded
    }
  }

  @Override
  public void close() {
    inflater.end();
  }
}
