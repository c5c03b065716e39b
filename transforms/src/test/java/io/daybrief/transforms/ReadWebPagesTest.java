package io.daybrief.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.text.warc.WarcPages;
import io.daybrief.text.warc.WarcWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** HTML files and WARC files through {@link ReadDocuments}: whole, and a large {@code .warc.gz} in byte ranges. */
@ExtendWith(TestPipelineExtension.class)
class ReadWebPagesTest {
  private static final int PAGES = 60;

  static String page(int i, String date) {
    String meta = date == null ? "" : "<meta property='article:published_time' content='" + date + "T10:00:00Z'>";
    return "<!DOCTYPE html><html><head><title>Story " + i + "</title>" + meta
        + "<link rel='canonical' href='https://news.example.org/story/" + i + "'></head><body>"
        + "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        + "<article><h1>Story " + i + "</h1>"
        + "<p>Paragraph one of story " + i + " tells what happened in the city council on the evening of the vote.</p>"
        + "<p>Paragraph two of story " + i + " gives the reactions of the residents and of the opposition members.</p>"
        + "</article><footer>Terms of use · Privacy</footer></body></html>";
  }

  /** A .warc.gz of many pages, a request record before each, and one broken HTTP header in the middle. */
  static byte[] warc() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter warc = new WarcWriter(bytes, true)) {
      for (int i = 0; i < PAGES; i++) {
        String url = "https://news.example.org/story/" + i;
        Map<String, String> request = new LinkedHashMap<>();
        request.put("WARC-Type", "request");
        request.put("WARC-Target-URI", url);
        request.put("WARC-Date", "2022-03-05T12:00:00Z");
        request.put("Content-Type", "application/http;msgtype=request");
        warc.writeRecord(request, ("GET /story/" + i + " HTTP/1.1\r\nHost: news.example.org\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        if (i == PAGES / 2) {
          warc.writeResponse(url, Instant.parse("2022-03-05T12:00:00Z"), "HTTP/1.1 OK\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII));
        } else {
          warc.writeResponse(url, Instant.parse("2022-03-05T12:00:00Z"), WarcWriter.httpResponse(200,
              "text/html; charset=utf-8", page(i, i % 2 == 0 ? "2022-03-0" + (1 + i % 3) : null).getBytes(StandardCharsets.UTF_8)));
        }
      }
    }
    return bytes.toByteArray();
  }

  private static List<Document> expected(String file) {
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      if (i == PAGES / 2) {
        continue;
      }
      String url = "https://news.example.org/story/" + i;
      documents.add(new Document(WarcPages.documentId(url), i % 2 == 0 ? "2022-03-0" + (1 + i % 3) : null, "Story " + i,
          "Paragraph one of story " + i + " tells what happened in the city council on the evening of the vote.\n"
              + "Paragraph two of story " + i + " gives the reactions of the residents and of the opposition members.",
          url, "2022-03-05"));
    }
    return documents;
  }

  @Test
  void aLargeWarcReadInRangesGivesTheDocumentsOfTheWholeFile(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    byte[] warc = warc();
    Files.write(dir.resolve("crawl.warc.gz"), warc);
    long rangeBytes = warc.length / 7;
    ReadDocuments.Settings ranges = new ReadDocuments.Settings("UTC", 1 << 20, 4, rangeBytes);

    PCollectionTuple read = pipeline.apply(ReadDocuments.from(List.of(dir.toString()), ranges));

    List<Document> expected = expected(dir.toAbsolutePath() + "/crawl.warc.gz");
    PAssert.that(read.get(ReadDocuments.DOCUMENTS)).containsInAnyOrder(expected);
    PAssert.that(read.get(ReadDocuments.REJECTED)).satisfies(rejected -> {
      List<Rejected> all = new ArrayList<>();
      rejected.forEach(all::add);
      assertEquals(1, all.size(), all.toString());
      assertTrue(all.get(0).reason().contains("https://news.example.org/story/" + PAGES / 2), all.toString());
      assertTrue(all.get(0).offset() > 0, all.toString());
      assertEquals(0, all.get(0).line());
      return null;
    });
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    Map<String, Long> counters = counters(result);
    assertEquals(2L * PAGES, counters.get(Counters.DOCUMENTS_READ));
    assertEquals(PAGES - 1, counters.get(Counters.DOCUMENTS_PARSED));
    assertEquals(1, counters.get(Counters.DOCUMENTS_REJECTED));
    assertEquals(PAGES, counters.get(Counters.DOCUMENTS_SKIPPED));
    assertEquals(PAGES, counters.get(Counters.SKIPPED_PREFIX + "request"));
    assertEquals(1, counters.get(Counters.FILES_ACCEPTED));
  }

  @Test
  void theSameWarcReadWholeGivesTheSameDocuments(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    Files.write(dir.resolve("crawl.warc.gz"), warc());
    PCollectionTuple read = pipeline.apply(
        ReadDocuments.from(List.of(dir.toString()), new ReadDocuments.Settings("UTC", 1 << 20, 4)));
    PAssert.that(read.get(ReadDocuments.DOCUMENTS)).containsInAnyOrder(expected(null));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void htmlFilesAndPlainOrCompressedWarcFiles(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("one.html"), page(1, "2022-03-02"));
    Files.writeString(dir.resolve("two.htm"),
        page(2, null).replace("<link rel='canonical' href='https://news.example.org/story/2'>", ""));
    Files.write(dir.resolve("three.html.gz"), gzip(page(3, "2022-03-03").getBytes(StandardCharsets.UTF_8)));
    Files.writeString(dir.resolve("empty.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
    Files.write(dir.resolve("plain.warc"), plainWarc());
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    try (WarcWriter warc = new WarcWriter(one, true)) {
      warc.writeResponse("https://news.example.org/story/9", Instant.parse("2022-03-05T12:00:00Z"),
          WarcWriter.httpResponse(200, "text/html", page(9, null).getBytes(StandardCharsets.UTF_8)));
    }
    Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(one.toByteArray(), one.size() / 2));
    Files.write(dir.resolve("nothing.warc"), new byte[0]);

    PCollectionTuple read = pipeline.apply(
        ReadDocuments.from(List.of(dir.toString()), new ReadDocuments.Settings("UTC", 1 << 20, 4)));

    String base = dir.toAbsolutePath() + "/";
    PAssert.that(read.get(ReadDocuments.DOCUMENTS).apply("Documents", MapElements.into(TypeDescriptors.strings())
            .via(d -> d.id() + "|" + d.date() + "|" + d.source() + "|" + d.fetchDate())))
        .containsInAnyOrder(
            "one|2022-03-02|https://news.example.org/story/1|null",
            "two|null|" + base + "two.htm|null",
            "three|2022-03-03|https://news.example.org/story/3|null",
            WarcPages.documentId("https://news.example.org/story/7") + "|null|https://news.example.org/story/7|2022-03-04");
    PAssert.that(read.get(ReadDocuments.REJECTED).apply("Rejected", MapElements.into(TypeDescriptors.strings())
            .via(r -> r.source().substring(base.length()) + "|" + r.line() + "|" + r.offset() + "|" + r.reason())))
        .satisfies(rejected -> {
          List<String> all = new ArrayList<>();
          rejected.forEach(all::add);
          all.sort(null);
          assertEquals(3, all.size(), all.toString());
          assertTrue(all.get(0).startsWith("cut.warc.gz|0|"), all.toString());
          assertTrue(all.get(1).startsWith("empty.html|0|-1|no article body"), all.toString());
          assertEquals("nothing.warc|0|-1|no WARC records", all.get(2));
          return null;
        });
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    Map<String, Long> counters = counters(result);
    assertEquals(counters.get(Counters.DOCUMENTS_READ), counters.get(Counters.DOCUMENTS_PARSED)
        + counters.get(Counters.DOCUMENTS_REJECTED) + counters.get(Counters.DOCUMENTS_SKIPPED), counters.toString());
    assertEquals(7, counters.get(Counters.FILES_ACCEPTED) + counters.get(Counters.FILES_REJECTED), counters.toString());
  }

  private static byte[] plainWarc() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter warc = new WarcWriter(bytes, false)) {
      warc.writeResponse("https://news.example.org/story/7", Instant.parse("2022-03-04T23:00:00Z"),
          WarcWriter.httpResponse(200, "text/html", page(7, null).getBytes(StandardCharsets.UTF_8)));
      warc.writeResponse("https://news.example.org/logo.png", Instant.parse("2022-03-04T23:00:00Z"),
          WarcWriter.httpResponse(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }
    return bytes.toByteArray();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write(data);
    }
    return bytes.toByteArray();
  }

  private static Map<String, Long> counters(PipelineResult result) {
    Map<String, Long> counters = new TreeMap<>();
    for (MetricResult<Long> counter : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.inNamespace(Counters.NAMESPACE)).build()).getCounters()) {
      counters.merge(counter.getName().getName(), counter.getAttempted(), Long::sum);
    }
    return counters;
  }
}
