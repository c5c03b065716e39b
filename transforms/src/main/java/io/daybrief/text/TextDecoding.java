package io.daybrief.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text. UTF-8 (with or without BOM) and BOM-marked UTF-16 are decoded; anything else
 * that is not valid UTF-8, or holds NUL bytes, is rejected rather than guessed at, so that no
 * mojibake reaches a summary.
 */
public final class TextDecoding {
  private TextDecoding() {}

  public static String decode(byte[] bytes) throws InvalidInputException {
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return decodeStrict(bytes, 2, StandardCharsets.UTF_16BE.newDecoder(), "UTF-16BE");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return decodeStrict(bytes, 2, StandardCharsets.UTF_16LE.newDecoder(), "UTF-16LE");
    }
    int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InvalidInputException("binary content: NUL byte at offset " + i);
      }
    }
    return decodeStrict(bytes, offset, StandardCharsets.UTF_8.newDecoder(), "UTF-8");
  }

  private static String decodeStrict(byte[] bytes, int offset, CharsetDecoder decoder, String name)
      throws InvalidInputException {
    decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      CharBuffer chars = decoder.decode(input);
      return chars.toString();
    } catch (MalformedInputException e) {
      throw new InvalidInputException(
          "not " + name + " text: invalid byte sequence at offset " + input.position());
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("not " + name + " text: " + e.getMessage());
    }
  }

  /** Whether {@code bytes} begin with the given byte values (a byte order mark, say). */
  public static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
