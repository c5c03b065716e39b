package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

  @Test
  void decodesUtf8AndDropsItsByteOrderMark() throws Exception {
    byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'K', 'y', 'i', 'v'};
    assertEquals("Kyiv", TextDecoding.decode(withBom));
    assertEquals("Mélanie Joly", TextDecoding.decode("Mélanie Joly".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void decodesUtf16MarkedByItsByteOrderMark() throws Exception {
    byte[] littleEndian = "\uFEFFKyiv – Lviv".getBytes(StandardCharsets.UTF_16LE);
    byte[] bigEndian = "\uFEFFKyiv – Lviv".getBytes(StandardCharsets.UTF_16BE);
    assertEquals("Kyiv – Lviv", TextDecoding.decode(littleEndian));
    assertEquals("Kyiv – Lviv", TextDecoding.decode(bigEndian));
  }

  @Test
  void rejectsLatin1WithTheOffsetOfTheBadByte() {
    byte[] latin1 = "Mélanie".getBytes(StandardCharsets.ISO_8859_1);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> TextDecoding.decode(latin1));
    assertEquals("not UTF-8 text: invalid byte sequence at offset 1", e.getMessage());
  }

  @Test
  void rejectsBinaryContent() {
    byte[] binary = {'P', 'K', 3, 4, 0, 0, 1};
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> TextDecoding.decode(binary));
    assertTrue(e.getMessage().startsWith("binary content"), e.getMessage());
  }
}
