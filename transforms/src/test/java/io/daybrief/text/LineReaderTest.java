package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
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
}
