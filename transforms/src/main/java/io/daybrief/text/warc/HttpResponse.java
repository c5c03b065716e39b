package io.daybrief.text.warc;

import io.daybrief.text.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * The HTTP response in a WARC {@code response} record: status, header fields and the payload,
 * with the chunked transfer coding and a gzip or deflate content coding undone.
 *
 * @param headers looked up without regard to case; a repeated field keeps its last value
 */
public record HttpResponse(int status, Map<String, String> headers, byte[] body) {
  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/\\d(?:\\.\\d)?\\s+(\\d{3})(?:\\s.*)?");
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");

  public HttpResponse {
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    headers = Collections.unmodifiableMap(copy);
  }

  /**
   * @param maxBodyBytes a payload that inflates to more is rejected, so that a small compressed
   *     record cannot expand without bound
   */
  public static HttpResponse parse(byte[] message, long maxBodyBytes) throws InvalidInputException {
    int headerEnd = indexOfBlankLine(message);
    if (headerEnd < 0) {
      throw new InvalidInputException("malformed HTTP response: no end of header");
    }
    String head = new String(message, 0, headerEnd, StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\r?\n");
    Matcher status = STATUS_LINE.matcher(lines[0].strip());
    if (!status.matches()) {
      throw new InvalidInputException("malformed HTTP response: status line '" + shortened(lines[0]) + "'");
    }
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
      }
    }
    int bodyStart = headerEnd + (message[headerEnd] == '\r' ? 4 : 2);
    byte[] body = java.util.Arrays.copyOfRange(message, Math.min(bodyStart, message.length), message.length);
    String transfer = headers.getOrDefault("Transfer-Encoding", "").toLowerCase(Locale.ROOT);
    if (transfer.contains("chunked")) {
      body = dechunked(body);
    }
    String coding = headers.getOrDefault("Content-Encoding", "identity").strip().toLowerCase(Locale.ROOT);
    body = decoded(body, coding, maxBodyBytes);
    return new HttpResponse(Integer.parseInt(status.group(1)), headers, body);
  }

  /** The media type without parameters, lower case; empty when the header is missing. */
  public String mediaType() {
    String type = headers.getOrDefault("Content-Type", "");
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /** The charset parameter of Content-Type, or null. */
  public String charset() {
    Matcher matcher = CHARSET.matcher(headers.getOrDefault("Content-Type", ""));
    return matcher.find() ? matcher.group(1) : null;
  }

  /** HTML by its declared type, or undeclared (the extractor then tells by the bytes). */
  public boolean isHtml() {
    String type = mediaType();
    return type.isEmpty() || type.equals("text/html") || type.equals("application/xhtml+xml");
  }

  private static int indexOfBlankLine(byte[] message) {
    for (int i = 0; i + 1 < message.length; i++) {
      if (message[i] == '\n' && message[i + 1] == '\n') {
        return i;
      }
      if (i + 3 < message.length && message[i] == '\r' && message[i + 1] == '\n'
          && message[i + 2] == '\r' && message[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  static byte[] dechunked(byte[] body) throws InvalidInputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
    int position = 0;
    while (true) {
      int lineEnd = indexOf(body, (byte) '\n', position);
      if (lineEnd < 0) {
        throw new InvalidInputException("broken chunked encoding: no chunk size at byte " + position);
      }
      String sizeLine = new String(body, position, lineEnd - position, StandardCharsets.ISO_8859_1).strip();
      int extension = sizeLine.indexOf(';');
      String hex = extension < 0 ? sizeLine : sizeLine.substring(0, extension).strip();
      int size;
      try {
        size = Integer.parseInt(hex, 16);
      } catch (NumberFormatException e) {
        throw new InvalidInputException("broken chunked encoding: chunk size '" + shortened(hex) + "'");
      }
      position = lineEnd + 1;
      if (size == 0) {
        return out.toByteArray(); // trailer fields, if any, carry nothing we use
      }
      if (size < 0 || position + size > body.length) {
        throw new InvalidInputException("broken chunked encoding: chunk of " + size + " bytes runs past the end");
      }
      out.write(body, position, size);
      position += size;
      if (position < body.length && body[position] == '\r') {
        position++;
      }
      if (position < body.length && body[position] == '\n') {
        position++;
      }
    }
  }

  private static byte[] decoded(byte[] body, String coding, long maxBodyBytes) throws InvalidInputException {
    if (coding.isEmpty() || coding.equals("identity")) {
      return body;
    }
    try {
      InputStream in = switch (coding) {
        case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
        case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body));
        default -> throw new InvalidInputException("unsupported content encoding '" + shortened(coding) + "'");
      };
      try (in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
          out.write(buffer, 0, n);
          if (out.size() > maxBodyBytes) {
            throw new InvalidInputException("too large: more than " + maxBodyBytes + " bytes after decompression (--maxDocumentBytes)");
          }
        }
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new InvalidInputException("broken " + coding + " content encoding: " + e.getMessage());
    }
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static String shortened(String text) {
    String oneLine = text.replaceAll("\\p{Cntrl}", "?").strip();
    return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
  }
}
