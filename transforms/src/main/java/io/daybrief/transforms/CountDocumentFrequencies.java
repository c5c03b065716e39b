package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.text.IdfHorizon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Document frequency of every term of the collection per publication date. Input: analyzed
 * documents (before dedupe: a document that repeats a syndicated paragraph still contains its
 * terms). Output: one map per term shard from (term, publication date) ({@link IdfHorizon#key}) to
 * the number of that date's documents containing the term; no worker holds the whole vocabulary.
 * Kept per date so that a date's IDF can count only the documents up to its horizon.
 */
public final class CountDocumentFrequencies
    extends PTransform<PCollection<AnalyzedDocument>, PCollection<KV<Integer, Map<String, Long>>>> {
  private final int shards;

  public CountDocumentFrequencies(int shards) {
    this.shards = shards;
  }

  @Override
  public PCollection<KV<Integer, Map<String, Long>>> expand(PCollection<AnalyzedDocument> documents) {
    return documents
        .apply("ShardDocumentTerms", ParDo.of(new ShardDocumentTermsFn(shards)))
        .apply("SumPerShard", Combine.perKey(new CountTermsFn()));
  }

  /** Each distinct term of a document once, with its date, batched per shard to keep element counts low. */
  static final class ShardDocumentTermsFn extends DoFn<AnalyzedDocument, KV<Integer, List<String>>> {
    private final int shards;

    ShardDocumentTermsFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element AnalyzedDocument document, OutputReceiver<KV<Integer, List<String>>> out) {
      Set<String> distinct = new HashSet<>();
      document.collectTerms(distinct);
      Shards.groupTerms(distinct, shards).forEach((shard, terms) ->
          out.output(KV.of(shard, terms.stream().map(term -> IdfHorizon.key(term, document.date())).toList())));
    }
  }

  /** Sums term occurrences; lifted into a partial combine before the shuffle. */
  static final class CountTermsFn extends Combine.CombineFn<List<String>, Map<String, Long>, Map<String, Long>> {
    @Override
    public Map<String, Long> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, Long> addInput(Map<String, Long> counts, List<String> terms) {
      for (String term : terms) {
        counts.merge(term, 1L, Long::sum);
      }
      return counts;
    }

    @Override
    public Map<String, Long> mergeAccumulators(Iterable<Map<String, Long>> accumulators) {
      Iterator<Map<String, Long>> each = accumulators.iterator();
      if (!each.hasNext()) {
        return createAccumulator();
      }
      Map<String, Long> merged = each.next();
      while (each.hasNext()) {
        each.next().forEach((term, count) -> merged.merge(term, count, Long::sum));
      }
      return merged;
    }

    @Override
    public Map<String, Long> extractOutput(Map<String, Long> counts) {
      return counts;
    }

    @Override
    public Coder<Map<String, Long>> getAccumulatorCoder(CoderRegistry registry, Coder<List<String>> inputCoder) {
      return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }

    @Override
    public Coder<Map<String, Long>> getDefaultOutputCoder(CoderRegistry registry, Coder<List<String>> inputCoder) {
      return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }
  }
}
