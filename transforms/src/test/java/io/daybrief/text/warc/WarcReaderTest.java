package io.daybrief.text.warc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WarcReaderTest {
  private static final long LIMIT = 1 << 20;
  private static final Instant FETCHED = Instant.parse("2022-03-03T10:00:00Z");

  /** A WARC built in the test: warcinfo, then one response per page. */
  private static final class Built {
    final byte[] bytes;
    final List<Long> offsets;

    Built(byte[] bytes, List<Long> offsets) {
      this.bytes = bytes;
      this.offsets = offsets;
    }
  }

  private static byte[] html(int n) {
    return ("<html><body><p>Page " + n + " text, with some words to fill it up. " + "x".repeat(n * 37) + "</p></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static Built build(boolean gzip, int pages) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> offsets = new ArrayList<>();
    try (WarcWriter writer = new WarcWriter(out, gzip)) {
      Map<String, String> info = new LinkedHashMap<>();
      info.put("WARC-Type", "warcinfo");
      info.put("WARC-Date", "2022-03-03T10:00:00Z");
      info.put("WARC-Record-ID", "<urn:uuid:00000000-0000-0000-0000-000000000000>");
      offsets.add(writer.writeRecord(info, "software: daybrief test\r\n".getBytes(StandardCharsets.UTF_8)));
      for (int i = 0; i < pages; i++) {
        offsets.add(writer.writeResponse("https://news.example/" + i, FETCHED,
            WarcWriter.httpResponse(200, "text/html; charset=utf-8", html(i))));
      }
    }
    return new Built(out.toByteArray(), offsets);
  }

  private static List<WarcEntry> readAll(WarcReader reader) throws IOException {
    List<WarcEntry> entries = new ArrayList<>();
    try (reader) {
      for (WarcEntry entry = reader.next(); entry != null; entry = reader.next()) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static List<Long> offsetsOf(List<WarcEntry> entries) {
    return entries.stream().map(WarcEntry::offset).toList();
  }

  @Test
  void readsEveryRecordOfAGzipAndAPlainFile() throws Exception {
    for (boolean gzip : new boolean[] {true, false}) {
      Built warc = build(gzip, 3);
      InputStream in = new ByteArrayInputStream(warc.bytes);
      List<WarcEntry> entries = readAll(gzip ? WarcReader.openGzip(in, LIMIT) : WarcReader.openPlain(in, LIMIT));
      assertEquals(warc.offsets, offsetsOf(entries));
      WarcRecord info = assertInstanceOf(WarcRecord.class, entries.get(0));
      assertEquals("warcinfo", info.type());
      WarcRecord page = assertInstanceOf(WarcRecord.class, entries.get(2));
      assertEquals("response", page.type());
      assertEquals("https://news.example/1", page.targetUri());
      assertEquals("2022-03-03T10:00:00Z", page.date());
      assertEquals("WARC/1.1", page.version());
      assertTrue(page.recordId().startsWith("<urn:uuid:"));
      HttpResponse response = HttpResponse.parse(page.content(), LIMIT);
      assertArrayEquals(html(1), response.body());
    }
  }

  @Test
  void listsGzipMemberOffsets() throws IOException {
    Built warc = build(true, 4);
    assertEquals(warc.offsets, WarcReader.memberOffsets(new ByteArrayInputStream(warc.bytes)));
  }

  @Test
  void startsAtAMemberBoundary() throws IOException {
    Built warc = build(true, 4);
    long start = warc.offsets.get(2);
    InputStream in = new ByteArrayInputStream(warc.bytes, (int) start, warc.bytes.length - (int) start);
    List<WarcEntry> entries = readAll(WarcReader.openGzip(in, start, false, LIMIT));
    assertEquals(warc.offsets.subList(2, warc.offsets.size()), offsetsOf(entries));
  }

  @Test
  void splitsAtAnyByteReadEveryRecordOnce() throws IOException {
    Built warc = build(true, 6);
    for (int cut = 1; cut < warc.bytes.length; cut += 7) {
      List<Long> seen = new ArrayList<>();
      seen.addAll(readSplit(warc.bytes, 0, cut));
      seen.addAll(readSplit(warc.bytes, cut, warc.bytes.length));
      assertEquals(warc.offsets, seen, "cut at " + cut);
    }
  }

  /** What a worker reading [start, end) of the file does. */
  private static List<Long> readSplit(byte[] file, int start, int end) throws IOException {
    InputStream in = new ByteArrayInputStream(file, start, file.length - start);
    List<Long> offsets = new ArrayList<>();
    try (WarcReader reader = WarcReader.openGzip(in, start, true, LIMIT)) {
      for (WarcEntry entry = reader.next(); entry != null && entry.offset() < end; entry = reader.next()) {
        assertInstanceOf(WarcRecord.class, entry);
        offsets.add(entry.offset());
      }
    }
    return offsets;
  }

  @Test
  void aTruncatedGzipFileKeepsTheRecordsBeforeTheCut() throws IOException {
    Built warc = build(true, 3);
    byte[] cut = Arrays.copyOf(warc.bytes, warc.bytes.length - 30);
    List<WarcEntry> entries = readAll(WarcReader.openGzip(new ByteArrayInputStream(cut), LIMIT));
    assertEquals(4, entries.size());
    WarcProblem problem = assertInstanceOf(WarcProblem.class, entries.get(3));
    assertEquals(warc.offsets.get(3), problem.offset());
    assertEquals("truncated gzip member", problem.reason());
  }

  @Test
  void aCorruptMemberIsReportedAndTheNextRecordsAreRead() throws IOException {
    Built warc = build(true, 4);
    byte[] bytes = warc.bytes.clone();
    long corrupt = warc.offsets.get(2);
    Random random = new Random(7);
    for (int i = 20; i < 40; i++) {
      bytes[(int) corrupt + i] = (byte) random.nextInt();
    }
    List<WarcEntry> entries = readAll(WarcReader.openGzip(new ByteArrayInputStream(bytes), LIMIT));
    assertEquals(warc.offsets.get(1), entries.get(1).offset());
    WarcProblem problem = assertInstanceOf(WarcProblem.class, entries.get(2));
    assertEquals(corrupt, problem.offset());
    assertTrue(problem.reason().startsWith("corrupt gzip member"), problem.reason());
    assertEquals(warc.offsets.subList(3, 5), offsetsOf(entries.subList(3, entries.size())));
  }

  @Test
  void aTruncatedPlainFileReportsTheLastRecord() throws IOException {
    Built warc = build(false, 2);
    byte[] cut = Arrays.copyOf(warc.bytes, warc.bytes.length - 50);
    List<WarcEntry> entries = readAll(WarcReader.openPlain(new ByteArrayInputStream(cut), LIMIT));
    assertEquals(3, entries.size());
    WarcProblem problem = assertInstanceOf(WarcProblem.class, entries.get(2));
    assertTrue(problem.reason().startsWith("truncated record: "), problem.reason());
  }

  @Test
  void aWrongContentLengthIsReportedAndTheNextRecordIsFound() throws IOException {
    String good = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n";
    String wrong = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/\r\nContent-Length: 3\r\n\r\nhello\r\n\r\n";
    String garbage = "this line is not a record\r\n";
    byte[] bytes = (good + wrong + garbage + good).getBytes(StandardCharsets.US_ASCII);
    List<WarcEntry> entries = readAll(WarcReader.openPlain(new ByteArrayInputStream(bytes), LIMIT));
    assertEquals(3, entries.size());
    assertInstanceOf(WarcRecord.class, entries.get(0));
    WarcProblem problem = assertInstanceOf(WarcProblem.class, entries.get(1));
    assertEquals("https://a.example/", problem.targetUri());
    assertTrue(problem.reason().startsWith("malformed record: no blank line after its 3 content bytes"), problem.reason());
    WarcRecord last = assertInstanceOf(WarcRecord.class, entries.get(2));
    assertEquals(good.length() + wrong.length() + garbage.length(), last.offset());
    assertEquals("hello", new String(last.content(), StandardCharsets.US_ASCII));
  }

  @Test
  void longJunkBetweenRecordsIsSkipped() throws IOException {
    String good = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n";
    String junk = "x".repeat(200_000) + "\r\n";
    String longHeader = "WARC/1.0\r\nWARC-Type: resource\r\nX-Long: " + "y".repeat(200_000) + "\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n";
    byte[] bytes = (good + junk + good + longHeader + good).getBytes(StandardCharsets.US_ASCII);
    List<WarcEntry> entries = readAll(WarcReader.openPlain(new ByteArrayInputStream(bytes), LIMIT));
    assertEquals(5, entries.size());
    assertTrue(((WarcProblem) entries.get(1)).reason().startsWith("not a WARC record: 'xxx"));
    assertInstanceOf(WarcRecord.class, entries.get(2));
    assertEquals("malformed record header: a line longer than 65536 bytes", ((WarcProblem) entries.get(3)).reason());
    assertEquals(bytes.length - good.length(), entries.get(4).offset());
  }

  @Test
  void aMissingContentLengthIsMalformed() throws IOException {
    byte[] bytes = "WARC/1.1\r\nWARC-Type: response\r\n\r\nbody\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    List<WarcEntry> entries = readAll(WarcReader.openPlain(new ByteArrayInputStream(bytes), LIMIT));
    assertEquals("malformed record header: Content-Length missing", ((WarcProblem) entries.get(0)).reason());
    assertEquals(1, entries.size());
  }

  @Test
  void aRecordOverTheLimitIsSkippedAndTheRestRead() throws IOException {
    for (boolean gzip : new boolean[] {true, false}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (WarcWriter writer = new WarcWriter(out, gzip)) {
        writer.writeResponse("https://big.example/", FETCHED, WarcWriter.httpResponse(200, "text/html", new byte[5000]));
        writer.writeResponse("https://small.example/", FETCHED, WarcWriter.httpResponse(200, "text/html", html(1)));
      }
      InputStream in = new ByteArrayInputStream(out.toByteArray());
      List<WarcEntry> entries = readAll(gzip ? WarcReader.openGzip(in, 4096) : WarcReader.openPlain(in, 4096));
      WarcProblem tooLarge = assertInstanceOf(WarcProblem.class, entries.get(0));
      assertEquals("https://big.example/", tooLarge.targetUri());
      assertTrue(tooLarge.reason().startsWith("too large: record content of 50"), tooLarge.reason());
      assertTrue(tooLarge.reason().endsWith("more than 4096 bytes (--maxDocumentBytes)"), tooLarge.reason());
      assertEquals("https://small.example/", ((WarcRecord) entries.get(1)).targetUri());
      assertEquals(2, entries.size());
    }
  }

  @Test
  void emptyInputHasNoRecords() throws IOException {
    assertNull(WarcReader.openGzip(new ByteArrayInputStream(new byte[0]), LIMIT).next());
    assertNull(WarcReader.openPlain(new ByteArrayInputStream(new byte[0]), LIMIT).next());
  }
}
