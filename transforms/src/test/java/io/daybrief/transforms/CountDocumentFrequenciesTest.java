package io.daybrief.transforms;

import static io.daybrief.transforms.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
  void countsEachTermOncePerDocumentAcrossShards(TestPipeline pipeline) {
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
        shard.getValue().forEach((term, count) -> {
          assertEquals(Shards.ofTerm(term, 3), shard.getKey(), "term in its own shard");
          all.put(term, count);
        });
      }
      assertEquals(Map.of("kyiv", 2L, "talks", 2L, "refugees", 2L), all);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
