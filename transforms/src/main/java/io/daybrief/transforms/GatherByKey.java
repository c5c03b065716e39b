package io.daybrief.transforms;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * The same keyed elements, gathered so that all of a key's elements travel together: for the side
 * of a join that many upstream bundles feed. The DirectRunner groups a key once per input bundle
 * that holds it, and each time copies (encodes and decodes) all that the key has gathered so far:
 * a date's documents were copied once for each of the 16 bundles of copies found per shard, which
 * was three quarters of a DirectRunner run. Gathered first, such a side adds one bundle per key.
 * Other runners group a key once whatever the bundles, so there it would be one more shuffle for
 * nothing: {@link #onDirectRunner} applies it only where it pays.
 */
public final class GatherByKey<K, V> extends PTransform<PCollection<KV<K, V>>, PCollection<KV<K, V>>> {
  private static final String DIRECT_RUNNER = "org.apache.beam.runners.direct.DirectRunner";

  public static <K, V> GatherByKey<K, V> create() {
    return new GatherByKey<>();
  }

  /** {@code elements} gathered under {@code name} on the DirectRunner; as they are on any other runner. */
  public static <K, V> PCollection<KV<K, V>> onDirectRunner(String name, PCollection<KV<K, V>> elements) {
    boolean direct = DIRECT_RUNNER.equals(elements.getPipeline().getOptions().getRunner().getName());
    return direct ? elements.apply(name, create()) : elements;
  }

  @Override
  public PCollection<KV<K, V>> expand(PCollection<KV<K, V>> elements) {
    return elements
        .apply("GroupByKey", GroupByKey.create())
        .apply("Ungroup", ParDo.of(new UngroupFn<K, V>()))
        .setCoder(elements.getCoder());
  }

  /** Each value of a group as its own keyed element again. */
  static final class UngroupFn<K, V> extends DoFn<KV<K, Iterable<V>>, KV<K, V>> {
    @ProcessElement
    public void process(@Element KV<K, Iterable<V>> group, OutputReceiver<KV<K, V>> out) {
      for (V value : group.getValue()) {
        out.output(KV.of(group.getKey(), value));
      }
    }
  }
}
