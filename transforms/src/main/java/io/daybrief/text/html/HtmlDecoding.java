package io.daybrief.text.html;

import io.daybrief.text.InvalidInputException;
import io.daybrief.text.TextDecoding;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's bytes to text, by the charset the page declares: a byte order mark, else the HTTP
 * header's charset, else a {@code <meta>} charset near the top of the page, else UTF-8. Bytes that
 * are invalid in that charset are rejected, as {@link io.daybrief.text.TextDecoding} rejects them
 * in plain text: a page is never decoded with a guessed charset or with replacement characters.
 */
public final class HtmlDecoding {
  /** Browsers look for the meta charset in the first 1024 bytes; some pages put it a little later. */
  static final int META_SCAN_BYTES = 4096;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * Labels that browsers decode as another charset (WHATWG Encoding): pages labelled Latin-1 or
   * ASCII are in practice written in Windows-1252, and decoding them strictly as labelled would
   * reject bytes 0x80-0x9F every browser shows.
   */
  private static final Map<String, String> BROWSER_CHARSETS = Map.ofEntries(
      Map.entry("iso-8859-1", "windows-1252"),
      Map.entry("iso8859-1", "windows-1252"),
      Map.entry("latin1", "windows-1252"),
      Map.entry("latin-1", "windows-1252"),
      Map.entry("l1", "windows-1252"),
      Map.entry("us-ascii", "windows-1252"),
      Map.entry("ascii", "windows-1252"),
      Map.entry("cp1252", "windows-1252"),
      Map.entry("utf8", "UTF-8"),
      Map.entry("unicode-1-1-utf-8", "UTF-8"),
      Map.entry("x-sjis", "Shift_JIS"),
      Map.entry("gb2312", "GBK"),
      Map.entry("iso-8859-9", "windows-1254"),
      Map.entry("tis-620", "windows-874"));

  private HtmlDecoding() {}

  /** @param charsetHint the charset of the HTTP Content-Type header, or null */
  public static String decode(byte[] bytes, String charsetHint) throws InvalidInputException {
    if (bytes.length == 0) {
      throw new InvalidInputException("empty file");
    }
    if (TextDecoding.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return decodeStrict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (TextDecoding.startsWith(bytes, 0xFE, 0xFF)) {
      return decodeStrict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (TextDecoding.startsWith(bytes, 0xFF, 0xFE)) {
      return decodeStrict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    Charset charset;
    if (charsetHint != null && !charsetHint.isBlank()) {
      charset = charsetNamed(charsetHint, "in the HTTP header");
    } else {
      String declared = declaredCharset(bytes);
      charset = declared == null ? StandardCharsets.UTF_8 : charsetNamed(declared, "in <meta charset>");
    }
    if (isAsciiCompatible(charset)) {
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          throw new InvalidInputException("binary content: NUL byte at offset " + i);
        }
      }
    }
    return decodeStrict(bytes, 0, charset);
  }

  /** The charset a {@code <meta charset>} or {@code <meta http-equiv content="...; charset=">} names. */
  static String declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher matcher = META_CHARSET.matcher(head);
    return matcher.find() ? matcher.group(1) : null;
  }

  static Charset charsetNamed(String label, String where) throws InvalidInputException {
    String normalized = label.strip().toLowerCase(Locale.ROOT);
    if (normalized.startsWith("\"") || normalized.startsWith("'")) {
      normalized = normalized.substring(1);
    }
    if (normalized.endsWith("\"") || normalized.endsWith("'")) {
      normalized = normalized.substring(0, normalized.length() - 1);
    }
    String name = BROWSER_CHARSETS.getOrDefault(normalized, normalized);
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new InvalidInputException("unknown charset '" + label.strip() + "' " + where);
    }
  }

  private static boolean isAsciiCompatible(Charset charset) {
    String name = charset.name().toUpperCase(Locale.ROOT);
    return !name.startsWith("UTF-16") && !name.startsWith("UTF-32");
  }

  private static String decodeStrict(byte[] bytes, int offset, Charset charset) throws InvalidInputException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return decoder.decode(input).toString();
    } catch (MalformedInputException e) {
      throw new InvalidInputException(
          "not " + charset.name() + " text: invalid byte sequence at offset " + input.position());
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          "not " + charset.name() + " text: unmappable byte at offset " + input.position());
    }
  }

}
