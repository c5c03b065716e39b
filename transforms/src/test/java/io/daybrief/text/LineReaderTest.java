package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  @Test
  void splitsOnNewlinesAndDropsCarriageReturns() throws Exception {
    LineReader reader = new LineReader(new ByteArrayInputStream("a\r\n\nbc".getBytes(StandardCharsets.UTF_8)), 100);
    assertArrayEquals("a".getBytes(StandardCharsets.UTF_8), reader.next());
    assertEquals(1, reader.lineNumber());
    assertArrayEquals(new byte[0], reader.next());
    assertArrayEquals("bc".getBytes(StandardCharsets.UTF_8), reader.next());
    assertEquals(3, reader.lineNumber());
    assertNull(reader.next());
  }

  @Test
  void aLineOverTheLimitComesBackEmptyAndTheNextLineIsRead() throws Exception {
    LineReader reader = new LineReader(new ByteArrayInputStream("abcd\r\nabcde\nabcdefgh\r\nok".getBytes(StandardCharsets.UTF_8)), 4);
    assertArrayEquals("abcd".getBytes(StandardCharsets.UTF_8), reader.next(), "exactly at the limit, before its \\r\\n");
    assertFalse(reader.tooLong());
    assertArrayEquals(new byte[0], reader.next());
    assertTrue(reader.tooLong());
    assertArrayEquals(new byte[0], reader.next());
    assertTrue(reader.tooLong());
    assertEquals(3, reader.lineNumber());
    assertArrayEquals("ok".getBytes(StandardCharsets.UTF_8), reader.next());
    assertFalse(reader.tooLong());
    assertNull(reader.next());
  }

  @Test
  void linesThatSpanReadsAreWholeAndStillBoundedByTheLimit() throws Exception {
    byte[] text = ("x".repeat(70_000) + "\r\n" + "y".repeat(200_000) + "\nz").getBytes(StandardCharsets.UTF_8);
    // Hands out at most 3 bytes a read, so that every line crosses the reader's block boundaries.
    InputStream trickle = new FilterInputStream(new ByteArrayInputStream(text)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 3));
      }
    };
    LineReader reader = new LineReader(trickle, 70_000);
    assertArrayEquals("x".repeat(70_000).getBytes(StandardCharsets.UTF_8), reader.next());
    assertFalse(reader.tooLong());
    assertArrayEquals(new byte[0], reader.next());
    assertTrue(reader.tooLong());
    assertArrayEquals("z".getBytes(StandardCharsets.UTF_8), reader.next());
    assertEquals(3, reader.lineNumber());
    assertNull(reader.next());
  }
}
