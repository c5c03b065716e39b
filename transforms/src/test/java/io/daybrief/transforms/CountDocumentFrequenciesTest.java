package io.daybrief.transforms;

import static io.daybrief.transforms.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.text.IdfHorizon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class CountDocumentFrequenciesTest {

  @Test
  void countsEachTermOncePerDocumentAndPublicationDateAcrossShards(TestPipeline pipeline) {
    PCollection<KV<Integer, Map<String, Long>>> frequencies = pipeline
        .apply(Create.of(
            document("a", "2022-03-02", "kyiv kyiv talks", "kyiv refugees"),
            document("b", "2022-03-03", "talks refugees"),
            document("c", "undated", "kyiv")))
        .apply(new CountDocumentFrequencies(3));
    PAssert.that(frequencies).satisfies(shards -> {
      Map<String, Long> all = new HashMap<>();
      Set<Integer> shardKeys = new HashSet<>();
      for (KV<Integer, Map<String, Long>> shard : shards) {
        assertEquals(true, shardKeys.add(shard.getKey()), "one map per shard");
        shard.getValue().forEach((key, count) -> {
          assertEquals(Shards.ofTerm(key.substring(0, key.indexOf('\u0000')), 3), shard.getKey(), "term in its own shard");
          all.put(key, count);
        });
      }
      assertEquals(Map.of(
          IdfHorizon.key("kyiv", "2022-03-02"), 1L, IdfHorizon.key("kyiv", "undated"), 1L,
          IdfHorizon.key("talks", "2022-03-02"), 1L, IdfHorizon.key("talks", "2022-03-03"), 1L,
          IdfHorizon.key("refugees", "2022-03-02"), 1L, IdfHorizon.key("refugees", "2022-03-03"), 1L), all);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
