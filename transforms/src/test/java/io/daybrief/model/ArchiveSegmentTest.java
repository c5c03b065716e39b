package io.daybrief.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.text.Fingerprints;
import io.daybrief.text.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveSegmentTest {
  private static final String LONG = "The rescue teams reached the collapsed school in the capital on Tuesday night";
  private static final String SHORT = "Aid arrived.";

  static AnalyzedDocument document(String id, String... paragraphs) {
    Paragraph[] list = new Paragraph[paragraphs.length];
    for (int i = 0; i < paragraphs.length; i++) {
      List<String> terms = Arrays.stream(paragraphs[i].toLowerCase().replaceAll("[^a-z ]", "").split(" ")).toList();
      list[i] = new Paragraph(i, paragraphs[i], Fingerprints.of(TextNormalizer.canonical(paragraphs[i])),
          List.of(new Sentence(paragraphs[i], terms)));
    }
    return new AnalyzedDocument(id, "2010-01-13", List.of(list));
  }

  @Test
  void frequenciesCountDocumentsAndTracesAreSortedById() {
    ArchiveSegment segment = ArchiveSegment.of("2010-01-13",
        List.of(document("b", LONG, SHORT), document("a", SHORT)), 6);
    assertEquals(2, segment.documents());
    assertEquals(2L, segment.frequencies().get("aid"));
    assertEquals(1L, segment.frequencies().get("rescue"));
    assertEquals(List.of("a", "b"), segment.traces().stream().map(DocumentTrace::document).toList());
    assertEquals(0, segment.traces().get(0).sentences().size(), "a sentence under the minimum length has no shingles");
    assertEquals(1, segment.traces().get(1).sentences().size());
    assertEquals(2, segment.traces().get(1).fingerprints().length);
  }

  @Test
  void bytesRoundTripAndDoNotDependOnTheInputOrder() throws IOException {
    ArchiveSegment one = ArchiveSegment.of("2010-01-13", List.of(document("b", LONG, SHORT), document("a", SHORT)), 6);
    ArchiveSegment other = ArchiveSegment.of("2010-01-13", List.of(document("a", SHORT), document("b", LONG, SHORT)), 6);
    byte[] bytes = bytes(one);
    assertArrayEquals(bytes, bytes(other));
    assertEquals(one, ArchiveSegment.readFrom(new ByteArrayInputStream(bytes)));
    ArchiveSegment.Header header = ArchiveSegment.readHeader(new ByteArrayInputStream(bytes));
    assertEquals(new ArchiveSegment.Header("2010-01-13", 2, true, false), header);
  }

  @Test
  void theDocumentsTextRoundTripsAndIsDroppedBeforeTheWindow() throws IOException {
    AnalyzedDocument withUrl = new AnalyzedDocument("b", "2010-01-13", document("b", LONG, SHORT).paragraphs(),
        "https://example.org/b");
    ArchiveSegment segment = ArchiveSegment.of("2010-01-13", List.of(withUrl, document("a", SHORT)), 6, true);
    byte[] bytes = bytes(segment);
    ArchiveSegment read = ArchiveSegment.readFrom(new ByteArrayInputStream(bytes));
    assertTrue(read.textKept());
    assertEquals(List.of(document("a", SHORT), withUrl), read.texts(), "documents sorted by id, all fields kept");
    assertEquals(segment, read);
    assertTrue(ArchiveSegment.readHeader(new ByteArrayInputStream(bytes)).textKept());

    ArchiveSegment without = read.withoutText();
    assertArrayEquals(bytes(ArchiveSegment.of("2010-01-13", List.of(withUrl, document("a", SHORT)), 6)), bytes(without),
        "without its text, a segment is the one written without text");
  }

  @Test
  void forgettingFingerprintsKeepsTheFrequencies() throws IOException {
    ArchiveSegment segment = ArchiveSegment.of("2010-01-13", List.of(document("b", LONG)), 6).withoutFingerprints();
    ArchiveSegment read = ArchiveSegment.readFrom(new ByteArrayInputStream(bytes(segment)));
    assertFalse(read.fingerprintsKept());
    assertTrue(read.traces().isEmpty());
    assertEquals(1, read.documents());
    assertEquals(1L, read.frequencies().get("rescue"));
  }

  @Test
  void namesAndBadContent() {
    assertEquals("date=2010-01-13.seg.gz", ArchiveSegment.fileName("2010-01-13"));
    assertEquals("2010-01-13", ArchiveSegment.dateOf("date=2010-01-13.seg.gz"));
    assertNull(ArchiveSegment.dateOf("index.json"));
    assertThrows(IOException.class, () -> ArchiveSegment.readFrom(new ByteArrayInputStream(new byte[] {1, 2, 3})));
  }

  private static byte[] bytes(ArchiveSegment segment) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    segment.writeTo(out);
    return out.toByteArray();
  }
}
