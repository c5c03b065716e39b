package io.daybrief.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a whole stream only up to a limit, so that one huge (or endlessly decompressing) file cannot exhaust memory. */
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
}
