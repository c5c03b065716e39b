package io.daybrief.transforms;

import static io.daybrief.transforms.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.model.DayDocuments;
import io.daybrief.text.IdfHorizon;
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
  void eachDateReceivesTheFrequenciesOfItsOwnTermsUpToItsHorizon(TestPipeline pipeline) {
    // Documents per (term, publication date); two maps for one shard (the run's and the state's) are added.
    Map<String, Long> counted = Map.of(
        IdfHorizon.key("kyiv", "2022-03-01"), 2L, IdfHorizon.key("kyiv", "2022-03-04"), 3L,
        IdfHorizon.key("kyiv", "2022-03-06"), 100L, IdfHorizon.key("kyiv", "undated"), 1000L,
        IdfHorizon.key("talks", "2022-03-02"), 3L, IdfHorizon.key("refugees", "2022-03-05"), 5L,
        IdfHorizon.key("moscow", "2022-03-01"), 1L);
    List<KV<Integer, Map<String, Long>>> shards = new java.util.ArrayList<>();
    Map<Integer, Map<String, Long>> byShard = new HashMap<>();
    counted.forEach((key, count) -> byShard.computeIfAbsent(
        Shards.ofTerm(key.substring(0, key.indexOf('\u0000')), SHARDS), s -> new HashMap<>()).put(key, count));
    byShard.forEach((shard, terms) -> shards.add(KV.of(shard, terms)));
    shards.add(KV.of(Shards.ofTerm("kyiv", SHARDS), Map.of(IdfHorizon.key("kyiv", "2022-03-01"), 10L)));

    PCollection<DayDocuments> days = pipeline.apply("Days", Create.of(
        new DayDocuments("2022-03-02", List.of(document("a", "2022-03-02", "kyiv talks"))),
        new DayDocuments("2022-03-03", List.of(document("b", "2022-03-03", "refugees kyiv"))),
        new DayDocuments("undated", List.of(document("c", "undated", "kyiv")))));
    PCollection<KV<Integer, Map<String, Long>>> frequencies = pipeline.apply("Frequencies",
        Create.of(shards).withCoder(KvCoder.of(VarIntCoder.of(), MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))));

    PCollection<KV<String, Map<String, Long>>> answers =
        PCollectionTuple.of(LookupDocumentFrequencies.DAYS, days)
            .and(LookupDocumentFrequencies.FREQUENCIES, frequencies)
            .apply(new LookupDocumentFrequencies(SHARDS, new IdfHorizon(2)));

    PAssert.that(answers).satisfies(partials -> {
      Map<String, Map<String, Long>> byDate = new HashMap<>();
      for (KV<String, Map<String, Long>> partial : partials) {
        byDate.computeIfAbsent(partial.getKey(), d -> new HashMap<>()).putAll(partial.getValue());
      }
      // The 2nd counts documents up to the 4th, the 3rd up to the 5th; the undated bucket all of them.
      assertEquals(Map.of(
          "2022-03-02", Map.of("kyiv", 15L, "talks", 3L),
          "2022-03-03", Map.of("refugees", 5L, "kyiv", 15L),
          "undated", Map.of("kyiv", 1115L)), byDate);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
