package io.daybrief.transforms;

import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class GatherByKeyTest {

  @Test
  void everyElementComesOutOnceAsItWent(TestPipeline pipeline) {
    PCollection<KV<String, Integer>> elements =
        pipeline.apply(Create.of(KV.of("a", 1), KV.of("b", 2), KV.of("a", 1), KV.of("a", 3)));

    PAssert.that(GatherByKey.onDirectRunner("Gather", elements))
        .containsInAnyOrder(KV.of("a", 1), KV.of("b", 2), KV.of("a", 1), KV.of("a", 3));
    pipeline.run().waitUntilFinish();
  }
}
