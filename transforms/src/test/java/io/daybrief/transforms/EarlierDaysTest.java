package io.daybrief.transforms;

import static io.daybrief.transforms.Fixtures.document;
import static io.daybrief.transforms.Fixtures.paragraph;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.ArchiveSegment;
import io.daybrief.model.DayRecord;
import io.daybrief.text.NearDuplicates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streaming's per-date dedupe keeps what the batch dedupe keeps (compare {@link DedupeParagraphsTest}). */
class EarlierDaysTest {
  private static final EarlierDays DAYS = new EarlierDays(NearDuplicates.Settings.DEFAULT, 4);
  private static final String FLED = "More than 1 million people have fled Ukraine.";
  private static final String FLED_COPY = "\"More than 1 million people have fled Ukraine\".";
  private static final String TALKS = "A second round of talks could come later Thursday.";
  private static final String KYIV = "The situation in Kyiv is difficult but under control.";

  @Test
  void dropsParagraphsSeenOnEarlierDatesOrEarlierTheSameDate() {
    AnalyzedDocument march2 = document("z", "2022-03-02", TALKS, FLED);
    AnalyzedDocument sameDay = document("a", "2022-03-03", KYIV, TALKS, KYIV);
    AnalyzedDocument march3 = document("b", "2022-03-03", FLED_COPY, TALKS);
    DayRecord earlier = DAYS.record("2022-03-02", List.of(march2));
    List<AnalyzedDocument> today = List.of(sameDay, march3);

    EarlierDays.Kept kept = DAYS.withoutCopies(today, DAYS.record("2022-03-03", today), List.of(earlier));

    assertEquals(List.of(
        new AnalyzedDocument("a", "2022-03-03", List.of(paragraph(0, KYIV))),
        new AnalyzedDocument("b", "2022-03-03", List.of())), kept.documents());
    assertEquals(4, kept.exactCopies());
  }

  @Test
  void dropsNearCopiesOfEarlierSentences() {
    String original = "alpha bravo charlie delta echo foxtrot golf hotel india juliet";
    String edited = "Alpha bravo charlie delta echo foxtrot golf hotel india kilo.";
    String unrelated = "The mayor said the bridge would reopen next week after repairs";
    DayRecord earlier = DAYS.record("2022-03-02", List.of(document("a", "2022-03-02", original)));
    List<AnalyzedDocument> today = List.of(document("b", "2022-03-03", edited, unrelated));

    EarlierDays.Kept kept = DAYS.withoutCopies(today, DAYS.record("2022-03-03", today), List.of(earlier));

    assertEquals(List.of(new AnalyzedDocument("b", "2022-03-03", List.of(paragraph(1, unrelated)))), kept.documents());
    assertEquals(1, kept.nearCopies());
  }

  @Test
  void frequenciesAndCountsSumTheRecords() {
    DayRecord first = DAYS.record("2022-03-02", List.of(document("a", "2022-03-02", TALKS), document("b", "2022-03-02", KYIV)));
    DayRecord second = DAYS.record("2022-03-03", List.of(document("c", "2022-03-03", TALKS)));
    assertEquals(3, EarlierDays.documentCount(List.of(first, second)));
    assertEquals(2, EarlierDays.documentFrequency("talks", List.of(first, second)));
    assertEquals(1, EarlierDays.documentFrequency("kyiv", List.of(first, second)));
  }

  /** A date read back from the archive state is the record its documents give in a stream. */
  @Test
  void aSegmentOfTheArchiveStateGivesTheRecordOfItsDocuments() throws IOException {
    String shortSentence = "Kyiv holds.";
    List<AnalyzedDocument> documents = List.of(
        document("b", "2022-03-02", TALKS, FLED, shortSentence), document("a", "2022-03-02", KYIV, TALKS));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ArchiveSegment.of("2022-03-02", documents, 4).writeTo(bytes);
    ArchiveSegment segment = ArchiveSegment.readFrom(new ByteArrayInputStream(bytes.toByteArray()));

    DayRecord expected = DAYS.record("2022-03-02", documents);
    DayRecord seeded = EarlierDays.recordOf(segment);

    assertEquals(expected.date(), seeded.date());
    assertEquals(expected.documents(), seeded.documents());
    assertEquals(expected.frequencies(), seeded.frequencies());
    long[] expectedFingerprints = expected.fingerprints().clone();
    long[] seededFingerprints = seeded.fingerprints().clone();
    Arrays.sort(expectedFingerprints);
    Arrays.sort(seededFingerprints);
    assertArrayEquals(expectedFingerprints, seededFingerprints);
    assertEquals(4, seeded.fingerprints().length, "distinct fingerprints: TALKS twice");
    // Documents come sorted by id from a segment: the order differs, the sentences are the same.
    assertEquals(new HashSet<>(expected.sentences()), new HashSet<>(seeded.sentences()));
    assertEquals(expected.sentences().size(), seeded.sentences().size());
  }

  @Test
  void aSegmentWithoutItsTracesCountsInIdfButDedupesNothing() {
    ArchiveSegment segment = ArchiveSegment.of("2022-03-02", List.of(document("a", "2022-03-02", TALKS)), 4)
        .withoutFingerprints();
    DayRecord seeded = EarlierDays.recordOf(segment);
    assertEquals(1, seeded.documents());
    assertEquals(1, EarlierDays.documentFrequency("talks", List.of(seeded)));
    assertEquals(0, seeded.fingerprints().length);
    assertEquals(List.of(), seeded.sentences());
  }
}
