package io.daybrief.transforms;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;

/** Adds maps of counts key by key (frequencies of one shard, documents per date); lifted into a partial combine. */
final class SumCountsFn extends Combine.CombineFn<Map<String, Long>, Map<String, Long>, Map<String, Long>> {
  @Override
  public Map<String, Long> createAccumulator() {
    return new HashMap<>();
  }

  @Override
  public Map<String, Long> addInput(Map<String, Long> sum, Map<String, Long> counts) {
    counts.forEach((key, count) -> sum.merge(key, count, Long::sum));
    return sum;
  }

  @Override
  public Map<String, Long> mergeAccumulators(Iterable<Map<String, Long>> accumulators) {
    Iterator<Map<String, Long>> each = accumulators.iterator();
    Map<String, Long> merged = each.hasNext() ? each.next() : createAccumulator();
    while (each.hasNext()) {
      addInput(merged, each.next());
    }
    return merged;
  }

  @Override
  public Map<String, Long> extractOutput(Map<String, Long> sum) {
    return sum;
  }

  @Override
  public Coder<Map<String, Long>> getAccumulatorCoder(CoderRegistry registry, Coder<Map<String, Long>> inputCoder) {
    return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
  }

  @Override
  public Coder<Map<String, Long>> getDefaultOutputCoder(CoderRegistry registry, Coder<Map<String, Long>> inputCoder) {
    return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
  }
}
