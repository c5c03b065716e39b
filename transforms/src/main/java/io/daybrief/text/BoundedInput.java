package io.daybrief.text;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a stream only up to a limit: one huge (or endlessly decompressing) file cannot exhaust memory, and a range of a file ends where it should. */
public final class BoundedInput {
  private static final int CHUNK = 1 << 16;

  private BoundedInput() {}

  /** Every byte of {@code in}, or empty as soon as it proves to hold more than {@code maxBytes}. */
  public static Optional<byte[]> readAtMost(InputStream in, int maxBytes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.min(maxBytes, CHUNK));
    byte[] chunk = new byte[CHUNK];
    long total = 0;
    for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
      total += n;
      if (total > maxBytes) {
        return Optional.empty();
      }
      bytes.write(chunk, 0, n);
    }
    return Optional.of(bytes.toByteArray());
  }

  /** The first {@code maxBytes} bytes of {@code in}, then its end: one range of a file. */
  public static InputStream limit(InputStream in, long maxBytes) {
    return new FilterInputStream(in) {
      private long left = maxBytes;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int b = super.read();
        if (b >= 0) {
          left--;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = super.read(b, off, (int) Math.min(len, left));
        if (n > 0) {
          left -= n;
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, left));
        left -= skipped;
        return skipped;
      }

      @Override
      public int available() throws IOException {
        return (int) Math.min(super.available(), left);
      }
    };
  }
}
