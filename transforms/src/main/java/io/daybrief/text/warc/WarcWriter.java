package io.daybrief.text.warc;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes WARC 1.1 records, plain or one gzip member per record as crawlers do; for tests and for
 * fixtures built at test time. Not a crawler's writer: no request records, no digests.
 */
public final class WarcWriter implements Closeable {
  private final OutputStream out;
  private final boolean gzip;
  private long offset;

  public WarcWriter(OutputStream out, boolean gzipPerRecord) {
    this.out = out;
    this.gzip = gzipPerRecord;
  }

  /** Writes a {@code response} record; returns its offset in the file. */
  public long writeResponse(String targetUri, Instant date, byte[] httpResponse) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("WARC-Type", "response");
    headers.put("WARC-Target-URI", targetUri);
    headers.put("WARC-Date", date.truncatedTo(ChronoUnit.SECONDS).toString());
    headers.put("WARC-Record-ID", recordId(targetUri + date));
    headers.put("Content-Type", "application/http;msgtype=response");
    return writeRecord(headers, httpResponse);
  }

  /** Writes a record with the given header fields; Content-Length is added. Returns its offset. */
  public long writeRecord(Map<String, String> headers, byte[] content) throws IOException {
    ByteArrayOutputStream record = new ByteArrayOutputStream(content.length + 512);
    StringBuilder head = new StringBuilder("WARC/1.1\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
    record.write(head.toString().getBytes(StandardCharsets.UTF_8));
    record.write(content);
    record.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    byte[] bytes = gzip ? gzipped(record.toByteArray()) : record.toByteArray();
    long start = offset;
    out.write(bytes);
    offset += bytes.length;
    return start;
  }

  /** The bytes written so far: the offset of the next record. */
  public long offset() {
    return offset;
  }

  /** An HTTP/1.1 response as a crawler stores it. */
  public static byte[] httpResponse(int status, String contentType, byte[] body) {
    String head = "HTTP/1.1 " + status + " " + (status == 200 ? "OK" : "Status") + "\r\n"
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] message = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, message, 0, headBytes.length);
    System.arraycopy(body, 0, message, headBytes.length, body.length);
    return message;
  }

  private static String recordId(String seed) {
    return "<urn:uuid:" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)) + ">";
  }

  private static byte[] gzipped(byte[] bytes) throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream gzipOut = new GZIPOutputStream(compressed)) {
      gzipOut.write(bytes);
    }
    return compressed.toByteArray();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
