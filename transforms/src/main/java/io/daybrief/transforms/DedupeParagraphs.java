package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DayDocuments;
import io.daybrief.model.Paragraph;
import io.daybrief.model.ParagraphRef;
import io.daybrief.text.LaterCopies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Drops every paragraph that already occurred earlier in the collection, so that each date keeps
 * only what was new that day. Input: analyzed documents. Output: one {@link DayDocuments} per
 * date. The copy that is kept is the earliest by date ({@code undated} last), then document id,
 * then position. Only fingerprints and positions are shuffled to find the copies, grouped by a
 * fixed number of shards; the documents themselves are grouped by date once.
 */
public final class DedupeParagraphs
    extends PTransform<PCollection<AnalyzedDocument>, PCollection<DayDocuments>> {
  private static final TupleTag<AnalyzedDocument> DOCUMENTS = new TupleTag<>() {};
  private static final TupleTag<ParagraphRef> COPIES = new TupleTag<>() {};

  private final int shards;

  public DedupeParagraphs(int shards) {
    this.shards = shards;
  }

  @Override
  public PCollection<DayDocuments> expand(PCollection<AnalyzedDocument> documents) {
    PCollection<KV<String, ParagraphRef>> copies =
        documents
            .apply("ExtractParagraphRefs", ParDo.of(new ExtractParagraphRefsFn(shards)))
            .apply("GroupByFingerprintShard", GroupByKey.create())
            .apply("FindLaterCopies", ParDo.of(new FindLaterCopiesFn()));
    PCollection<KV<String, AnalyzedDocument>> byDate =
        documents.apply(
            "KeyByDate",
            WithKeys.<String, AnalyzedDocument>of(AnalyzedDocument::date)
                .withKeyType(TypeDescriptors.strings()));
    return KeyedPCollectionTuple.of(DOCUMENTS, byDate)
        .and(COPIES, copies)
        .apply("GroupByDate", CoGroupByKey.create())
        .apply("DropCopies", ParDo.of(new DropCopiesFn()));
  }

  static final class ExtractParagraphRefsFn extends DoFn<AnalyzedDocument, KV<Integer, ParagraphRef>> {
    private final int shards;

    ExtractParagraphRefsFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element AnalyzedDocument document, OutputReceiver<KV<Integer, ParagraphRef>> out) {
      for (Paragraph paragraph : document.paragraphs()) {
        ParagraphRef ref = ParagraphRef.of(document, paragraph);
        out.output(KV.of(Shards.ofFingerprint(paragraph.fingerprint(), shards), ref));
      }
    }
  }

  /** Emits each occurrence that is not the earliest of its fingerprint, keyed by its date. */
  static final class FindLaterCopiesFn
      extends DoFn<KV<Integer, Iterable<ParagraphRef>>, KV<String, ParagraphRef>> {
    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<ParagraphRef>> shard, OutputReceiver<KV<String, ParagraphRef>> out) {
      LaterCopies.find(
          shard.getValue(),
          ParagraphRef::fingerprint,
          ParagraphRef.EARLIEST_FIRST,
          copy -> out.output(KV.of(copy.date(), copy)));
    }
  }

  static final class DropCopiesFn extends DoFn<KV<String, CoGbkResult>, DayDocuments> {
    private final Counter duplicates = Counters.counter(Counters.DUPLICATES_EXACT);

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> day, OutputReceiver<DayDocuments> out) {
      Set<ParagraphRef> copies = new HashSet<>();
      day.getValue().getAll(COPIES).forEach(copies::add);
      List<AnalyzedDocument> documents = new ArrayList<>();
      for (AnalyzedDocument document : day.getValue().getAll(DOCUMENTS)) {
        List<Paragraph> fresh = new ArrayList<>(document.paragraphs().size());
        for (Paragraph paragraph : document.paragraphs()) {
          if (copies.contains(ParagraphRef.of(document, paragraph))) {
            duplicates.inc();
          } else {
            fresh.add(paragraph);
          }
        }
        documents.add(document.withParagraphs(fresh));
      }
      if (documents.isEmpty()) {
        return;
      }
      documents.sort(Comparator.comparing(AnalyzedDocument::id));
      out.output(new DayDocuments(day.getKey(), documents));
    }
  }
}
