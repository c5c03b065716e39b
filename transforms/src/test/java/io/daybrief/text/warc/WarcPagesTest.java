package io.daybrief.text.warc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.daybrief.text.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class WarcPagesTest {
  private static final long LIMIT = 1 << 20;
  private static final Instant FETCHED = Instant.parse("2022-03-03T10:00:00Z");
  private static final byte[] PAGE = "<html><body><p>Text of the page.</p></body></html>".getBytes(StandardCharsets.UTF_8);

  private static List<WarcPages.Outcome> outcomes(byte[] warc) throws IOException {
    List<WarcPages.Outcome> outcomes = new ArrayList<>();
    try (WarcReader reader = WarcReader.openGzip(new ByteArrayInputStream(warc), LIMIT)) {
      for (WarcEntry entry = reader.next(); entry != null; entry = reader.next()) {
        outcomes.add(WarcPages.classify(entry, LIMIT));
      }
    }
    return outcomes;
  }

  private static byte[] http(String head, byte[] body) {
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] message = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, message, 0, headBytes.length);
    System.arraycopy(body, 0, message, headBytes.length, body.length);
    return message;
  }

  @Test
  void htmlResponsesArePagesAndTheRestIsSkippedByKind() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(out, true)) {
      Map<String, String> request = new LinkedHashMap<>();
      request.put("WARC-Type", "request");
      request.put("WARC-Target-URI", "https://news.example/tram");
      writer.writeRecord(request, "GET /tram HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      writer.writeResponse("https://news.example/tram", FETCHED,
          WarcWriter.httpResponse(200, "text/html; charset=ISO-8859-1", PAGE));
      writer.writeResponse("https://news.example/logo.png", FETCHED, WarcWriter.httpResponse(200, "image/png", new byte[] {1, 2}));
      writer.writeResponse("https://news.example/old", FETCHED, WarcWriter.httpResponse(301, "text/html", PAGE));
    }
    List<WarcPages.Outcome> outcomes = outcomes(out.toByteArray());
    assertEquals("request", ((WarcPages.Skipped) outcomes.get(0)).kind());
    WarcPages.Page page = assertInstanceOf(WarcPages.Page.class, outcomes.get(1));
    assertEquals("52bb466946835975", page.id());
    assertEquals("https://news.example/tram", page.url());
    assertEquals("2022-03-03T10:00:00Z", page.fetchDate());
    assertEquals("ISO-8859-1", page.charset());
    assertArrayEquals(PAGE, page.html());
    assertEquals("non-HTML response", ((WarcPages.Skipped) outcomes.get(2)).kind());
    assertEquals("HTTP status 301", ((WarcPages.Skipped) outcomes.get(3)).kind());
  }

  @Test
  void brokenRecordsAreRejectedWithTheirUrl() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(out, true)) {
      writer.writeResponse("https://news.example/a", FETCHED,
          http("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n", "zz\r\nabc".getBytes(StandardCharsets.US_ASCII)));
      writer.writeResponse("https://news.example/b", FETCHED, "not an HTTP message".getBytes(StandardCharsets.US_ASCII));
    }
    List<WarcPages.Outcome> outcomes = outcomes(out.toByteArray());
    WarcPages.Rejected chunked = assertInstanceOf(WarcPages.Rejected.class, outcomes.get(0));
    assertEquals("https://news.example/a", chunked.url());
    assertEquals("broken chunked encoding: chunk size 'zz'", chunked.reason());
    assertEquals("malformed HTTP response: no end of header", ((WarcPages.Rejected) outcomes.get(1)).reason());
  }

  @Test
  void chunkedAndGzipBodiesAreDecoded() throws Exception {
    byte[] chunked = http("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n",
        "5;ext=1\r\n<html\r\n3\r\n><p\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    assertEquals("<html><p", new String(HttpResponse.parse(chunked, LIMIT).body(), StandardCharsets.US_ASCII));

    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      gzip.write(PAGE);
    }
    byte[] gzipped = http("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: text/html;charset=\"utf-8\"\r\n\r\n",
        compressed.toByteArray());
    HttpResponse response = HttpResponse.parse(gzipped, LIMIT);
    assertArrayEquals(PAGE, response.body());
    assertEquals("utf-8", response.charset());
    assertEquals("text/html", response.mediaType());
  }

  @Test
  void aBodyThatInflatesPastTheLimitIsRejected() throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      gzip.write(new byte[100_000]);
    }
    byte[] message = http("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n", compressed.toByteArray());
    InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> HttpResponse.parse(message, 10_000));
    assertEquals("too large: more than 10000 bytes after decompression (--maxDocumentBytes)", e.getMessage());
  }

  @Test
  void documentIdIsAStableHashOfTheUrl() {
    assertEquals("52bb466946835975", WarcPages.documentId("https://news.example/tram"));
    assertEquals(16, WarcPages.documentId("").length());
  }
}
