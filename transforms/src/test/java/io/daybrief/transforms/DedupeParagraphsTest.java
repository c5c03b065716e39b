package io.daybrief.transforms;

import static io.daybrief.transforms.Fixtures.document;
import static io.daybrief.transforms.Fixtures.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DayDocuments;
import io.daybrief.model.RefBatch;
import io.daybrief.model.SentenceRef;
import io.daybrief.text.LaterCopies;
import io.daybrief.text.NearDuplicates;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class DedupeParagraphsTest {
  static final DedupeParagraphs.Settings SETTINGS = new DedupeParagraphs.Settings(
      4, 4, NearDuplicates.Settings.DEFAULT, new LaterCopies.TemplateRule(5, 3));
  private static final String FLED = "More than 1 million people have fled Ukraine.";
  private static final String FLED_COPY = "\"More than 1 million people have fled Ukraine\".";
  private static final String TALKS = "A second round of talks could come later Thursday.";
  private static final String KYIV = "The situation in Kyiv is difficult but under control.";

  @Test
  void keepsEachParagraphAtItsEarliestDateThenDocumentThenPosition(TestPipeline pipeline) {
    AnalyzedDocument march3 = document("b", "2022-03-03", FLED_COPY, TALKS);
    AnalyzedDocument march2 = document("z", "2022-03-02", TALKS, FLED);
    AnalyzedDocument sameDay = document("a", "2022-03-03", KYIV, TALKS, KYIV);
    AnalyzedDocument undated = document("0", "undated", FLED, KYIV);

    PCollection<DayDocuments> days =
        pipeline.apply(Create.of(march3, march2, sameDay, undated)).apply(new DedupeParagraphs(SETTINGS));

    PAssert.that(days).containsInAnyOrder(
        new DayDocuments("2022-03-02", List.of(march2)),
        new DayDocuments("2022-03-03", List.of(
            new AnalyzedDocument("a", "2022-03-03", List.of(paragraph(0, KYIV))),
            new AnalyzedDocument("b", "2022-03-03", List.of()))),
        new DayDocuments("undated", List.of(new AnalyzedDocument("0", "undated", List.of()))));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void nearCopiesOfEarlierSentencesAreDroppedWithTheirParagraph(TestPipeline pipeline) {
    String original = "alpha bravo charlie delta echo foxtrot golf hotel india juliet";
    String edited = "Alpha bravo charlie delta echo foxtrot golf hotel india kilo.";
    String unrelated = "The mayor said the bridge would reopen next week after repairs";
    AnalyzedDocument first = document("a", "2022-03-02", original);
    AnalyzedDocument copy = document("b", "2022-03-03", edited, unrelated);

    PCollection<DayDocuments> days = pipeline.apply(Create.of(copy, first)).apply(new DedupeParagraphs(SETTINGS));

    PAssert.that(days).containsInAnyOrder(
        new DayDocuments("2022-03-02", List.of(first)),
        new DayDocuments("2022-03-03", List.of(
            new AnalyzedDocument("b", "2022-03-03", List.of(paragraph(1, unrelated))))));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void templateTextIsDroppedEverywhereIncludingItsFirstOccurrence(TestPipeline pipeline) {
    String footer = "Sign up for our newsletter to get the latest news every morning";
    String[] dates = {"2022-03-01", "2022-03-02", "2022-03-02", "2022-03-03", "2022-03-03"};
    String[] stories = {
      "Talks between the delegations resumed in Belarus on Monday",
      "The central bank raised interest rates by half a point",
      "Heavy snow closed the mountain pass for a third day",
      "Engineers restored power to most of the eastern districts",
      "The museum reopened its ancient history wing after renovation"};
    List<AnalyzedDocument> documents = new ArrayList<>();
    for (int i = 0; i < dates.length; i++) {
      documents.add(document("d" + i, dates[i], stories[i], footer));
    }
    PCollection<DayDocuments> days = pipeline.apply(Create.of(documents)).apply(new DedupeParagraphs(SETTINGS));
    PAssert.that(days).satisfies(all -> {
      int paragraphs = 0;
      for (DayDocuments day : all) {
        for (AnalyzedDocument document : day.documents()) {
          for (var paragraph : document.paragraphs()) {
            paragraphs++;
            assertNotEquals(footer, paragraph.text());
          }
        }
      }
      assertEquals(5, paragraphs, "each story kept, no footer");
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aSentenceWithAnIdenticalEarlierOneIsPairedWithItAloneOnceFromItsSetsBucket(TestPipeline pipeline) {
    long band = 42L;
    long same = NearDuplicates.setKey(7L);
    List<RefBatch> buckets = List.of(
        sentence("2022-03-01", "a", band, 7L),
        sentence("2022-03-02", "b", band, 7L),
        sentence("2022-03-03", "c", band, 7L),
        sentence("2022-03-04", "d", band, 8L),
        sentence("2022-03-01", "a", same, 7L),
        sentence("2022-03-02", "b", same, 7L),
        sentence("2022-03-03", "c", same, 7L),
        sentence("2022-03-04", "d", NearDuplicates.setKey(8L), 8L));

    PCollection<KV<SentenceRef, SentenceRef>> pairs = pipeline
        .apply(Create.of(KV.<Integer, Iterable<RefBatch>>of(0, buckets))
            .withCoder(KvCoder.of(VarIntCoder.of(), IterableCoder.of(RefBatch.RefBatchCoder.of()))))
        .apply(ParDo.of(new DedupeParagraphs.FindCandidatePairsFn(4, true, Set.of())))
        .apply(Values.create());

    // b and c: from the set's bucket only, not again from the band; d has no identical, so the band pairs it.
    PAssert.that(pairs).containsInAnyOrder(
        KV.of(ref("2022-03-02", "b"), ref("2022-03-01", "a")),
        KV.of(ref("2022-03-03", "c"), ref("2022-03-01", "a")),
        KV.of(ref("2022-03-04", "d"), ref("2022-03-01", "a")),
        KV.of(ref("2022-03-04", "d"), ref("2022-03-02", "b")),
        KV.of(ref("2022-03-04", "d"), ref("2022-03-03", "c")));
    pipeline.run().waitUntilFinish();
  }

  private static RefBatch sentence(String date, String document, long key, long set) {
    return new RefBatch.Builder(date, document).add(key, 0, 0, set).build();
  }

  private static SentenceRef ref(String date, String document) {
    return new SentenceRef(date, document, 0, 0);
  }
}
