package io.daybrief.transforms;

import static io.daybrief.transforms.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.model.DayDocuments;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class LookupDocumentFrequenciesTest {
  private static final int SHARDS = 3;

  @Test
  void eachDateReceivesTheFrequenciesOfItsOwnTerms(TestPipeline pipeline) {
    Map<String, Long> counted = Map.of("kyiv", 7L, "talks", 3L, "refugees", 5L, "moscow", 1L);
    List<KV<Integer, Map<String, Long>>> shards = new java.util.ArrayList<>();
    Map<Integer, Map<String, Long>> byShard = new HashMap<>();
    counted.forEach((term, count) -> byShard.computeIfAbsent(Shards.ofTerm(term, SHARDS), s -> new HashMap<>()).put(term, count));
    byShard.forEach((shard, terms) -> shards.add(KV.of(shard, terms)));

    PCollection<DayDocuments> days = pipeline.apply("Days", Create.of(
        new DayDocuments("2022-03-02", List.of(document("a", "2022-03-02", "kyiv talks"))),
        new DayDocuments("2022-03-03", List.of(document("b", "2022-03-03", "refugees kyiv")))));
    PCollection<KV<Integer, Map<String, Long>>> frequencies = pipeline.apply("Frequencies",
        Create.of(shards).withCoder(KvCoder.of(VarIntCoder.of(), MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))));

    PCollection<KV<String, Map<String, Long>>> answers =
        PCollectionTuple.of(LookupDocumentFrequencies.DAYS, days)
            .and(LookupDocumentFrequencies.FREQUENCIES, frequencies)
            .apply(new LookupDocumentFrequencies(SHARDS));

    PAssert.that(answers).satisfies(partials -> {
      Map<String, Map<String, Long>> byDate = new HashMap<>();
      for (KV<String, Map<String, Long>> partial : partials) {
        byDate.computeIfAbsent(partial.getKey(), d -> new HashMap<>()).putAll(partial.getValue());
      }
      assertEquals(Map.of(
          "2022-03-02", Map.of("kyiv", 7L, "talks", 3L),
          "2022-03-03", Map.of("refugees", 5L, "kyiv", 7L)), byDate);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
