package io.daybrief.transforms;

import static io.daybrief.transforms.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DayDocuments;
import io.daybrief.model.DayRecord;
import io.daybrief.model.Paragraph;
import io.daybrief.text.NearDuplicates;
import io.daybrief.text.ReportedDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A stream's date from the newest pane of each publication date: dedupe by publication date first,
 * then the kept sentences moved to the dates they report on, as batch does; IDF up to W days after.
 */
class StreamDatesTest {
  /** A one-sentence lead that also reports on the day before; a date named up to two days back. */
  private static final ReportedDates.Rule RULE = new ReportedDates.Rule(2, 1, true, false);
  private static final String SQUARE = "Crowds filled the main square in the capital";
  private static final String NIGHT = "Police fired tear gas late into the night";
  private static final String BRIDGE = "The bridge reopened after weeks of repairs";
  private static final String TALKS = "Talks between the two delegations were held yesterday";

  private static final AnalyzedDocument MARCH2 = document("a", "2022-03-02", SQUARE, NIGHT);
  /** Its first paragraph copies the day before's: dropped before its sentences are dated. */
  private static final AnalyzedDocument MARCH3 = document("b", "2022-03-03", SQUARE, BRIDGE, TALKS);

  private static StreamDates.Snapshot snapshot(ReportedDates.Rule rule, int idfWindowDays) {
    StreamDates dates = new StreamDates(rule, idfWindowDays, 30, NearDuplicates.Settings.DEFAULT, 4);
    Map<String, List<AnalyzedDocument>> published = Map.of(
        "2022-03-02", List.of(MARCH2), "2022-03-03", List.of(MARCH3));
    Map<String, DayRecord> records = Map.of(
        "2022-03-02", dates.record("2022-03-02", List.of(MARCH2)),
        "2022-03-03", dates.record("2022-03-03", List.of(MARCH3)));
    return dates.snapshot(records, published::get);
  }

  @Test
  void aDateHoldsTheKeptSentencesThatReportOnItFromTheArticlesOfTheNextDays() {
    StreamDates.Snapshot snapshot = snapshot(RULE, 30);

    assertEquals(List.of("a 0 " + SQUARE), parts(snapshot.documents("2022-03-01")));
    // The copy is gone, so BRIDGE is b's first sentence: its lead, which reports on the day before too.
    assertEquals(List.of("a 0 " + SQUARE, "b 1 " + BRIDGE, "b 2 " + TALKS), parts(snapshot.documents("2022-03-02")));
    assertEquals(List.of("b 1 " + BRIDGE), parts(snapshot.documents("2022-03-03")));
    assertEquals(1, snapshot.kept("2022-03-03").exactCopies());
    assertNull(snapshot.kept("2022-03-04"));
  }

  @Test
  void aDatesIdfCountsTheArticlesUpToTheReportWindowAfterIt() {
    assertEquals(2, snapshot(RULE, 30).frequencies("2022-03-01").documents());
    assertEquals(1, snapshot(RULE, 30).frequencies("2022-03-01").documentFrequency().applyAsLong("bridge"));
    // A one-day IDF window of 2022-03-01 is the date two days later: 2022-03-03.
    assertEquals(1, snapshot(RULE, 1).frequencies("2022-03-01").documents());
    assertEquals(0, snapshot(RULE, 1).frequencies("2022-03-01").documentFrequency().applyAsLong("night"));
  }

  @Test
  void byPublicationADateHoldsItsOwnArticlesAndCountsNoLaterOnes() {
    StreamDates.Snapshot snapshot = snapshot(null, 30);

    assertEquals(List.of("a 0 " + SQUARE, "a 1 " + NIGHT), parts(snapshot.documents("2022-03-02")));
    assertEquals(List.of("b 1 " + BRIDGE, "b 2 " + TALKS), parts(snapshot.documents("2022-03-03")));
    assertEquals(List.of(), parts(snapshot.documents("2022-03-01")));
    assertEquals(1, snapshot.frequencies("2022-03-02").documents());
    assertEquals(2, snapshot.frequencies("2022-03-03").documents());
  }

  /** Each sentence as "document position text". */
  private static List<String> parts(DayDocuments day) {
    List<String> all = new ArrayList<>();
    for (AnalyzedDocument document : day.documents()) {
      for (Paragraph paragraph : document.paragraphs()) {
        paragraph.sentences().forEach(s -> all.add(document.id() + " " + paragraph.position() + " " + s.text()));
      }
    }
    return all;
  }
}
