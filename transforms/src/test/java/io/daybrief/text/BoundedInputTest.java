package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoundedInputTest {

  @Test
  void everyByteUpToTheLimit() throws Exception {
    byte[] bytes = new byte[100_000];
    bytes[99_999] = 7;
    assertArrayEquals(bytes, BoundedInput.readAtMost(new ByteArrayInputStream(bytes), 100_000).orElseThrow());
    assertArrayEquals(new byte[0], BoundedInput.readAtMost(new ByteArrayInputStream(new byte[0]), 10).orElseThrow());
  }

  @Test
  void overTheLimitStopsReadingEarly() throws Exception {
    CountingEndlessStream endless = new CountingEndlessStream();
    assertEquals(Optional.empty(), BoundedInput.readAtMost(endless, 1_000_000).map(b -> b.length));
    assertTrue(endless.read < 1_000_000 + (1 << 16) + 1, "read " + endless.read + " bytes of an endless stream");
  }

  /** Zeros for ever, like a decompression bomb. */
  private static final class CountingEndlessStream extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 0;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      read += length;
      return length;
    }
  }

  @Test
  void aLimitedStreamEndsAfterItsBytes() throws Exception {
    InputStream limited = BoundedInput.limit(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5}), 3);
    assertEquals(1, limited.read());
    assertArrayEquals(new byte[] {2, 3}, limited.readAllBytes());
    assertEquals(-1, limited.read());
  }
}
