package io.daybrief.transforms;

import static io.daybrief.transforms.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.ArchiveSegment;
import io.daybrief.text.IdfHorizon;
import io.daybrief.model.DayDocuments;
import io.daybrief.model.DocumentTrace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class ArchiveStateTest {
  private static final String STORY = "The rescue teams reached the collapsed school in the capital on Tuesday night";
  private static final String OTHER = "The port reopened for ships carrying water and medicine on Wednesday morning";
  private static final String STORY_COPY = "The rescue teams reached the collapsed school in the capital on Tuesday evening";

  @Test
  void writesOneSegmentPerDate(TestPipeline pipeline, @TempDir Path staging) throws IOException {
    AnalyzedDocument a = document("a", "2010-01-13", STORY);
    AnalyzedDocument b = document("b", "2010-01-13", OTHER);
    AnalyzedDocument c = document("c", "2010-01-14", OTHER);
    PCollection<String> dates = pipeline.apply(Create.of(a, b, c))
        .apply(ArchiveState.writeSegments(staging.toString(), 4, false));
    PAssert.that(dates).containsInAnyOrder("2010-01-13", "2010-01-14");
    pipeline.run().waitUntilFinish();

    ArchiveSegment march13;
    try (InputStream in = Files.newInputStream(staging.resolve(ArchiveSegment.fileName("2010-01-13")))) {
      march13 = ArchiveSegment.readFrom(in);
    }
    assertEquals(ArchiveSegment.of("2010-01-13", List.of(a, b), 4), march13);
  }

  @Test
  void readsTracesFrequenciesByShardAndTheDocumentCount(TestPipeline pipeline, @TempDir Path state) throws IOException {
    AnalyzedDocument a = document("a", "2010-01-13", STORY);
    AnalyzedDocument b = document("b", "2010-01-14", STORY, OTHER);
    String first = write(state, ArchiveSegment.of("2010-01-13", List.of(a), 4));
    String second = write(state, ArchiveSegment.of("2010-01-14", List.of(b), 4));

    AnalyzedDocument c = document("c", "2010-01-15", OTHER);
    String recent = write(state, ArchiveSegment.of("2010-01-15", List.of(c), 4, true));

    PCollectionTuple read = pipeline.apply(ArchiveState.read(List.of(first, second), List.of(recent), 4));

    PAssert.that(read.get(ArchiveState.TRACES)).containsInAnyOrder(DocumentTrace.of(a, 4), DocumentTrace.of(b, 4));
    PAssert.thatSingleton(read.get(ArchiveState.DOCUMENT_COUNT)).isEqualTo(Map.of("2010-01-13", 1L, "2010-01-14", 1L));
    PAssert.that(read.get(ArchiveState.RECENT)).containsInAnyOrder(c);
    PAssert.that(read.get(ArchiveState.FREQUENCIES)).satisfies(shards -> {
      IdfHorizon.Table table = IdfHorizon.Table.of(
          java.util.stream.StreamSupport.stream(shards.spliterator(), false).map(KV::getValue).toList());
      for (KV<Integer, Map<String, Long>> shard : shards) {
        shard.getValue().keySet().forEach(key ->
            assertEquals(Shards.ofTerm(key.substring(0, key.indexOf('\u0000')), 4), shard.getKey()));
      }
      assertEquals(1L, table.count("rescue", "2010-01-13"));
      assertEquals(2L, table.count("rescue", "2010-01-14"));
      assertEquals(0L, table.count("port", "2010-01-13"));
      assertEquals(1L, table.count("port", "2010-01-15"), "the recent date is not counted here: the run counts it");
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  /** An earlier date's document, given as a trace only, makes the run's copies of it copies. */
  @Test
  void dedupeWithHistoryDropsCopiesOfEarlierDocumentsAndOutputsOnlyTheRunsDates(TestPipeline pipeline) {
    AnalyzedDocument earlier = document("e", "2010-01-12", STORY, OTHER);
    AnalyzedDocument run = document("r", "2010-01-13", OTHER, STORY_COPY,
        "Doctors set up a field hospital near the airport overnight with generators");
    PCollection<DocumentTrace> history = pipeline.apply("History", Create.of(DocumentTrace.of(earlier, 4)));

    PCollection<DayDocuments> days = pipeline.apply("Run", Create.of(run))
        .apply(new DedupeParagraphs(DedupeParagraphsTest.SETTINGS).withHistory(history, Set.of("2010-01-12")));

    PAssert.that(days).containsInAnyOrder(new DayDocuments("2010-01-13", List.of(
        new AnalyzedDocument("r", "2010-01-13", List.of(run.paragraphs().get(2))))));
    pipeline.run().waitUntilFinish();
  }

  private static String write(Path directory, ArchiveSegment segment) throws IOException {
    Path file = directory.resolve(ArchiveSegment.fileName(segment.date()));
    try (OutputStream out = Files.newOutputStream(file)) {
      segment.writeTo(out);
    }
    return file.toString();
  }
}
