package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DayDocuments;
import io.daybrief.text.IdfHorizon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Brings each date the document frequencies of the terms its sentences use, without any worker
 * holding the whole vocabulary: every date asks each term shard for its own terms. Input: a tuple
 * of {@link #DAYS} and the per-shard {@link #FREQUENCIES} per (term, publication date) of {@link
 * CountDocumentFrequencies} (maps of the same shard are added). Output: per date, one partial
 * term-to-frequency map per shard it has terms in, counting the documents published up to the
 * date's {@link IdfHorizon}.
 */
public final class LookupDocumentFrequencies
    extends PTransform<PCollectionTuple, PCollection<KV<String, Map<String, Long>>>> {
  public static final TupleTag<DayDocuments> DAYS = new TupleTag<>() {};
  public static final TupleTag<KV<Integer, Map<String, Long>>> FREQUENCIES = new TupleTag<>() {};

  private static final TupleTag<KV<String, List<String>>> REQUESTED = new TupleTag<>() {};
  private static final TupleTag<Map<String, Long>> COUNTED = new TupleTag<>() {};

  private final int shards;
  private final IdfHorizon horizon;

  /** @param shards must be the shard count the frequencies were counted with */
  public LookupDocumentFrequencies(int shards, IdfHorizon horizon) {
    this.shards = shards;
    this.horizon = horizon;
  }

  @Override
  public PCollection<KV<String, Map<String, Long>>> expand(PCollectionTuple input) {
    PCollection<KV<Integer, KV<String, List<String>>>> requests =
        input.get(DAYS).apply("RequestTerms", ParDo.of(new RequestTermsFn(shards)));
    return KeyedPCollectionTuple.of(REQUESTED, GatherByKey.onDirectRunner("GatherRequests", requests))
        .and(COUNTED, input.get(FREQUENCIES))
        .apply("GroupByTermShard", CoGroupByKey.create())
        .apply("AnswerRequests", ParDo.of(new AnswerRequestsFn(horizon)));
  }

  /** One request per date and shard, listing the date's distinct terms in that shard. */
  static final class RequestTermsFn extends DoFn<DayDocuments, KV<Integer, KV<String, List<String>>>> {
    private final int shards;

    RequestTermsFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element DayDocuments day, OutputReceiver<KV<Integer, KV<String, List<String>>>> out) {
      Set<String> distinct = new HashSet<>();
      for (AnalyzedDocument document : day.documents()) {
        document.collectTerms(distinct);
      }
      Shards.groupTerms(distinct, shards)
          .forEach((shard, terms) -> out.output(KV.of(shard, KV.of(day.date(), terms))));
    }
  }

  static final class AnswerRequestsFn extends DoFn<KV<Integer, CoGbkResult>, KV<String, Map<String, Long>>> {
    private final IdfHorizon horizon;

    AnswerRequestsFn(IdfHorizon horizon) {
      this.horizon = horizon;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> shard, OutputReceiver<KV<String, Map<String, Long>>> out) {
      // Several maps for one shard when earlier runs' frequencies (the archive state) come beside the run's.
      IdfHorizon.Table counted = IdfHorizon.Table.of(shard.getValue().getAll(COUNTED));
      for (KV<String, List<String>> request : shard.getValue().getAll(REQUESTED)) {
        String limit = horizon.limit(request.getKey());
        Map<String, Long> answer = new HashMap<>();
        for (String term : request.getValue()) {
          answer.put(term, counted.count(term, limit));
        }
        out.output(KV.of(request.getKey(), answer));
      }
    }
  }
}
