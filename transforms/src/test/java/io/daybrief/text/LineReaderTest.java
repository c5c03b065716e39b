package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  @Test
  void splitsOnNewlinesAndDropsCarriageReturns() throws Exception {
    LineReader reader = new LineReader(new ByteArrayInputStream("a\r\n\nbc".getBytes(StandardCharsets.UTF_8)));
    assertArrayEquals("a".getBytes(StandardCharsets.UTF_8), reader.next());
    assertEquals(1, reader.lineNumber());
    assertArrayEquals(new byte[0], reader.next());
    assertArrayEquals("bc".getBytes(StandardCharsets.UTF_8), reader.next());
    assertEquals(3, reader.lineNumber());
    assertNull(reader.next());
  }
}
