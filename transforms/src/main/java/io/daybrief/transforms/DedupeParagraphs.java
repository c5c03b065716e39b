package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DayDocuments;
import io.daybrief.model.DocumentShingles;
import io.daybrief.model.DocumentTrace;
import io.daybrief.model.Paragraph;
import io.daybrief.model.RefBatch;
import io.daybrief.model.ParagraphRef;
import io.daybrief.model.Sentence;
import io.daybrief.model.SentenceRef;
import io.daybrief.model.SentenceShingles;
import io.daybrief.text.EarlierCopies;
import io.daybrief.text.LaterCopies;
import io.daybrief.text.NearDuplicates;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Drops what already occurred earlier in the collection, so that each date keeps only what was
 * new that day. Input: analyzed documents. Output: one {@link DayDocuments} per date.
 *
 * <ul>
 *   <li>Exact copies: a paragraph whose canonical form occurred before is dropped; so is every
 *       occurrence of template text (the same paragraph on many documents over several dates).
 *   <li>Near copies: a sentence whose term bigrams are close to those of an earlier sentence
 *       (MinHash + LSH bands for candidates, then Jaccard or containment on the actual sets) is
 *       dropped; a paragraph left without sentences goes with them.
 * </ul>
 *
 * "Earlier" is by date ({@code undated} last), then document id, then position. Only fingerprints,
 * band keys, references and shingle sets are shuffled to find copies, grouped by a fixed number of
 * shards; the documents themselves are grouped by date once.
 *
 * <p>{@link #withHistory} adds the traces of earlier documents that are not part of the run (the
 * archive state): they take part in every comparison exactly as the documents they were made from
 * would, but only the run's own documents are ever dropped or output.
 */
public final class DedupeParagraphs
    extends PTransform<PCollection<AnalyzedDocument>, PCollection<DayDocuments>> {

  /**
   * @param shards key count of each of the dedupe groupings
   * @param minWords sentences shorter than this are never summary candidates, so are not compared
   */
  public record Settings(int shards, int minWords, NearDuplicates.Settings near, LaterCopies.TemplateRule template)
      implements Serializable {}

  private static final TupleTag<KV<Integer, RefBatch>> PARAGRAPH_REFS = new TupleTag<>() {};
  private static final TupleTag<KV<Integer, RefBatch>> BAND_ENTRIES = new TupleTag<>() {};
  private static final TupleTag<KV<Integer, DocumentShingles>> SHINGLES = new TupleTag<>() {};

  private static final TupleTag<KV<String, ParagraphRef>> COPIES = new TupleTag<>() {};
  private static final TupleTag<KV<String, ParagraphRef>> TEMPLATES = new TupleTag<>() {};

  private static final TupleTag<DocumentShingles> OWN_SHINGLES = new TupleTag<>() {};
  private static final TupleTag<KV<SentenceRef, SentenceRef>> CANDIDATES = new TupleTag<>() {};

  private static final TupleTag<AnalyzedDocument> DOCUMENTS = new TupleTag<>() {};
  private static final TupleTag<ParagraphRef> EXACT = new TupleTag<>() {};
  private static final TupleTag<ParagraphRef> TEMPLATE = new TupleTag<>() {};
  private static final TupleTag<SentenceShingles> NEAR = new TupleTag<>() {};

  private final Settings settings;
  private final PCollection<DocumentTrace> history;
  private final Set<String> historyDates;

  public DedupeParagraphs(Settings settings) {
    this(settings, null, Set.of());
  }

  private DedupeParagraphs(Settings settings, PCollection<DocumentTrace> history, Set<String> historyDates) {
    this.settings = settings;
    this.history = history;
    this.historyDates = historyDates;
  }

  /**
   * Dedupes against earlier documents too, given as traces. {@code historyDates} are the dates of
   * those traces, none of which the run's own documents may have.
   */
  public DedupeParagraphs withHistory(PCollection<DocumentTrace> traces, Set<String> historyDates) {
    return new DedupeParagraphs(settings, traces, Set.copyOf(historyDates));
  }

  @Override
  public PCollection<DayDocuments> expand(PCollection<AnalyzedDocument> documents) {
    PCollectionTuple units = documents.apply(
        "ExtractUnits",
        ParDo.of(new ExtractUnitsFn(settings))
            .withOutputTags(PARAGRAPH_REFS, TupleTagList.of(BAND_ENTRIES).and(SHINGLES)));
    PCollection<KV<Integer, RefBatch>> paragraphRefs = units.get(PARAGRAPH_REFS);
    PCollection<KV<Integer, RefBatch>> bandEntries = units.get(BAND_ENTRIES);
    PCollection<KV<Integer, DocumentShingles>> shingles = units.get(SHINGLES);
    if (history != null) {
      PCollectionTuple earlier = history.apply(
          "ExtractHistoryUnits",
          ParDo.of(new ExtractHistoryUnitsFn(settings))
              .withOutputTags(PARAGRAPH_REFS, TupleTagList.of(BAND_ENTRIES).and(SHINGLES)));
      paragraphRefs = PCollectionList.of(paragraphRefs).and(earlier.get(PARAGRAPH_REFS))
          .apply("WithEarlierParagraphRefs", Flatten.pCollections());
      bandEntries = PCollectionList.of(bandEntries).and(earlier.get(BAND_ENTRIES))
          .apply("WithEarlierBandEntries", Flatten.pCollections());
      shingles = PCollectionList.of(shingles).and(earlier.get(SHINGLES))
          .apply("WithEarlierShingles", Flatten.pCollections());
    }

    PCollectionTuple exact = paragraphRefs
        .apply("GroupByFingerprintShard", GroupByKey.create())
        .apply("FindLaterCopies", ParDo.of(new FindLaterCopiesFn(settings.template(), historyDates))
            .withOutputTags(COPIES, TupleTagList.of(TEMPLATES)));

    PCollection<KV<Integer, KV<SentenceRef, SentenceRef>>> candidates = bandEntries
        .apply("GroupByBandShard", GroupByKey.create())
        .apply("FindCandidatePairs", ParDo.of(new FindCandidatePairsFn(
            settings.shards(), new NearDuplicates(settings.near()).identicalIsCopy(), historyDates)));
    PCollection<KV<String, SentenceShingles>> nearCandidates =
        KeyedPCollectionTuple.of(OWN_SHINGLES, shingles)
            .and(CANDIDATES, GatherByKey.onDirectRunner("GatherCandidates", candidates))
            .apply("GroupBySentenceShard", CoGroupByKey.create())
            .apply("AttachEarlierShingles", ParDo.of(new AttachEarlierShinglesFn()));

    PCollection<KV<String, AnalyzedDocument>> byDate = documents.apply(
        "KeyByDate",
        WithKeys.<String, AnalyzedDocument>of(AnalyzedDocument::date).withKeyType(TypeDescriptors.strings()));
    return KeyedPCollectionTuple.of(DOCUMENTS, byDate)
        .and(EXACT, GatherByKey.onDirectRunner("GatherCopies", exact.get(COPIES)))
        .and(TEMPLATE, exact.get(TEMPLATES))
        .and(NEAR, GatherByKey.onDirectRunner("GatherNearCandidates", nearCandidates))
        .apply("GroupByDate", CoGroupByKey.create())
        .apply("DropCopies", ParDo.of(new DropCopiesFn(settings.near())));
  }

  /** A document's shingle sets all live in one shard, so a document sends them as one element. */
  static int documentShard(String document, int shards) {
    return Shards.ofTerm(document, shards);
  }

  /**
   * Per document: paragraph fingerprints and LSH band keys, batched by destination shard, and the
   * shingle sets of its comparable sentences.
   */
  static final class ExtractUnitsFn extends DoFn<AnalyzedDocument, KV<Integer, RefBatch>> {
    private final Settings settings;
    private transient NearDuplicates near;

    ExtractUnitsFn(Settings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      near = new NearDuplicates(settings.near());
    }

    @ProcessElement
    public void process(@Element AnalyzedDocument document, MultiOutputReceiver out) {
      emitUnits(DocumentTrace.of(document, settings.minWords()), settings, near, out);
    }
  }

  /** The same units as {@link ExtractUnitsFn}, from the trace an earlier run kept of a document. */
  static final class ExtractHistoryUnitsFn extends DoFn<DocumentTrace, KV<Integer, RefBatch>> {
    private final Settings settings;
    private transient NearDuplicates near;

    ExtractHistoryUnitsFn(Settings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      near = new NearDuplicates(settings.near());
    }

    @ProcessElement
    public void process(@Element DocumentTrace trace, MultiOutputReceiver out) {
      emitUnits(trace, settings, near, out);
    }
  }

  private static void emitUnits(DocumentTrace trace, Settings settings, NearDuplicates near, DoFn.MultiOutputReceiver out) {
    Map<Integer, RefBatch.Builder> paragraphs = new HashMap<>();
    Map<Integer, RefBatch.Builder> bands = new HashMap<>();
    for (int p = 0; p < trace.fingerprints().length; p++) {
      batchFor(paragraphs, Shards.ofFingerprint(trace.fingerprints()[p], settings.shards()), trace)
          .add(trace.fingerprints()[p], trace.positions()[p], -1);
    }
    for (SentenceShingles sentence : trace.sentences()) {
      long set = NearDuplicates.setHash(sentence.shingles());
      for (long bucket : near.candidateKeys(sentence.shingles())) {
        batchFor(bands, Shards.ofFingerprint(bucket, settings.shards()), trace)
            .add(bucket, sentence.sentence().paragraph(), sentence.sentence().sentence(), set);
      }
    }
    paragraphs.forEach((shard, batch) -> out.get(PARAGRAPH_REFS).output(KV.of(shard, batch.build())));
    bands.forEach((shard, batch) -> out.get(BAND_ENTRIES).output(KV.of(shard, batch.build())));
    if (!trace.sentences().isEmpty()) {
      out.get(SHINGLES).output(KV.of(documentShard(trace.document(), settings.shards()),
          new DocumentShingles(trace.date(), trace.document(), trace.sentences())));
    }
  }

  private static RefBatch.Builder batchFor(Map<Integer, RefBatch.Builder> batches, int shard, DocumentTrace trace) {
    return batches.computeIfAbsent(shard, s -> new RefBatch.Builder(trace.date(), trace.document()));
  }

  /**
   * Emits each occurrence that is not the earliest of its fingerprint, and template text, keyed by
   * date; not those of earlier runs' documents, which are not the run's to drop.
   */
  static final class FindLaterCopiesFn extends DoFn<KV<Integer, Iterable<RefBatch>>, KV<String, ParagraphRef>> {
    private final LaterCopies.TemplateRule template;
    private final Set<String> historyDates;

    FindLaterCopiesFn(LaterCopies.TemplateRule template, Set<String> historyDates) {
      this.template = template;
      this.historyDates = historyDates;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<RefBatch>> shard, MultiOutputReceiver out) {
      LaterCopies<ParagraphRef> copies =
          new LaterCopies<>(ParagraphRef::fingerprint, ParagraphRef::date, ParagraphRef.EARLIEST_FIRST, template);
      for (RefBatch batch : shard.getValue()) {
        for (int i = 0; i < batch.size(); i++) {
          copies.add(batch.paragraphRef(i), copy -> {
            if (!historyDates.contains(copy.date())) {
              out.get(COPIES).output(KV.of(copy.date(), copy));
            }
          });
        }
      }
      copies.templates(first -> {
        if (!historyDates.contains(first.date())) {
          out.get(TEMPLATES).output(KV.of(first.date(), first));
        }
      });
    }
  }

  /**
   * Pairs sentences that share a candidate key, each with the members {@link EarlierCopies} compares
   * it with, keyed by the earlier one's shard.
   * When one of those has the same shingle set, that pair alone decides (an exact copy is a copy),
   * and the bucket of the set's own key ({@link NearDuplicates#setKey}) sends it, once: a band
   * bucket sends nothing for that sentence. Exact copies share all ten bands with their originals,
   * and sending their pair from each band made two fifths of all pairs.
   * A later sentence of an earlier run's document is not the run's to drop: no pair for it.
   */
  static final class FindCandidatePairsFn
      extends DoFn<KV<Integer, Iterable<RefBatch>>, KV<Integer, KV<SentenceRef, SentenceRef>>> {
    private final int shards;
    private final boolean identicalIsCopy;
    private final Set<String> historyDates;

    FindCandidatePairsFn(int shards, boolean identicalIsCopy, Set<String> historyDates) {
      this.shards = shards;
      this.identicalIsCopy = identicalIsCopy;
      this.historyDates = historyDates;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<RefBatch>> shard,
        OutputReceiver<KV<Integer, KV<SentenceRef, SentenceRef>>> out) {
      // Most band keys are held by one sentence only: finding the shared ones on a sorted array first
      // builds references and buckets for the few that can pair, not for every entry of the shard.
      List<RefBatch> batches = new ArrayList<>();
      int entries = 0;
      for (RefBatch batch : shard.getValue()) {
        batches.add(batch);
        entries += batch.size();
      }
      long[] shared = NearDuplicates.repeatedKeys(allKeys(batches, entries));
      Map<Long, List<Member>> buckets = new HashMap<>();
      for (RefBatch batch : batches) {
        for (int i = 0; i < batch.size(); i++) {
          if (Arrays.binarySearch(shared, batch.keys()[i]) >= 0) {
            buckets.computeIfAbsent(batch.keys()[i], key -> new ArrayList<>(2))
                .add(new Member(batch.sentenceRef(i), batch.sets()[i]));
          }
        }
      }
      for (Map.Entry<Long, List<Member>> bucket : buckets.entrySet()) {
        List<Member> members = bucket.getValue();
        if (members.size() < 2) {
          continue;
        }
        members.sort(Comparator.comparing(Member::ref, SentenceRef.EARLIEST_FIRST));
        for (int later = 1; later < members.size(); later++) {
          Member sentence = members.get(later);
          if (historyDates.contains(sentence.ref().date())) {
            continue;
          }
          List<Member> earlier = EarlierCopies.comparedWith(members, later);
          Member identical = identicalIsCopy ? identical(sentence, earlier) : null;
          if (identical != null && bucket.getKey() != NearDuplicates.setKey(sentence.set())) {
            continue;
          }
          for (Member e : identical != null ? List.of(identical) : earlier) {
            out.output(KV.of(documentShard(e.ref().document(), shards), KV.of(sentence.ref(), e.ref())));
          }
        }
      }
    }

    private static Member identical(Member sentence, List<Member> earlier) {
      for (Member e : earlier) {
        if (e.set() == sentence.set()) {
          return e;
        }
      }
      return null;
    }
  }

  /** A bucket's entry: where the sentence is and the hash of its shingle set. */
  private record Member(SentenceRef ref, long set) {}

  /** Every band key of the batches' entries. */
  private static long[] allKeys(List<RefBatch> batches, int entries) {
    long[] keys = new long[entries];
    int n = 0;
    for (RefBatch batch : batches) {
      System.arraycopy(batch.keys(), 0, keys, n, batch.size());
      n += batch.size();
    }
    return keys;
  }

  /** Sends each candidate's later sentence, with the earlier sentence's shingles, to the later sentence's date. */
  static final class AttachEarlierShinglesFn extends DoFn<KV<Integer, CoGbkResult>, KV<String, SentenceShingles>> {
    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> shard, OutputReceiver<KV<String, SentenceShingles>> out) {
      Map<SentenceRef, Set<SentenceRef>> laterByEarlier = new HashMap<>();
      for (KV<SentenceRef, SentenceRef> pair : shard.getValue().getAll(CANDIDATES)) {
        laterByEarlier.computeIfAbsent(pair.getValue(), e -> new HashSet<>()).add(pair.getKey());
      }
      if (laterByEarlier.isEmpty()) {
        return;
      }
      for (DocumentShingles document : shard.getValue().getAll(OWN_SHINGLES)) {
        for (SentenceShingles earlier : document.sentences()) {
          for (SentenceRef later : laterByEarlier.getOrDefault(earlier.sentence(), Set.of())) {
            out.output(KV.of(later.date(), new SentenceShingles(later, earlier.shingles())));
          }
        }
      }
    }
  }

  static final class DropCopiesFn extends DoFn<KV<String, CoGbkResult>, DayDocuments> {
    private final NearDuplicates.Settings nearSettings;
    private final Counter exactCopies = Counters.counter(Counters.DUPLICATES_EXACT);
    private final Counter templates = Counters.counter(Counters.BOILERPLATE_PREFIX + Counters.TEMPLATE_RULE);
    private final Counter nearCopies = Counters.counter(Counters.DUPLICATES_NEAR);
    private transient EarlierCopies copies;

    DropCopiesFn(NearDuplicates.Settings nearSettings) {
      this.nearSettings = nearSettings;
    }

    @Setup
    public void setup() {
      copies = new EarlierCopies(nearSettings);
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> day, OutputReceiver<DayDocuments> out) {
      CoGbkResult joined = day.getValue();
      Set<ParagraphRef> exact = new HashSet<>();
      joined.getAll(EXACT).forEach(exact::add);
      Set<ParagraphRef> template = new HashSet<>();
      joined.getAll(TEMPLATE).forEach(template::add);
      Map<SentenceRef, List<int[]>> earlierShingles = new HashMap<>();
      for (SentenceShingles candidate : joined.getAll(NEAR)) {
        earlierShingles.computeIfAbsent(candidate.sentence(), s -> new ArrayList<>()).add(candidate.shingles());
      }

      List<AnalyzedDocument> documents = new ArrayList<>();
      for (AnalyzedDocument document : joined.getAll(DOCUMENTS)) {
        List<Paragraph> fresh = new ArrayList<>(document.paragraphs().size());
        for (Paragraph paragraph : document.paragraphs()) {
          ParagraphRef ref = ParagraphRef.of(document, paragraph);
          if (exact.contains(ref)) {
            exactCopies.inc();
          } else if (template.contains(ref)) {
            templates.inc();
          } else {
            Paragraph kept = withoutNearCopies(document, paragraph, earlierShingles);
            if (!kept.sentences().isEmpty()) {
              fresh.add(kept);
            }
          }
        }
        documents.add(document.withParagraphs(fresh));
      }
      if (documents.isEmpty()) {
        return;
      }
      out.output(DayDocuments.sorted(day.getKey(), documents));
    }

    private Paragraph withoutNearCopies(
        AnalyzedDocument document, Paragraph paragraph, Map<SentenceRef, List<int[]>> earlierShingles) {
      List<Sentence> kept = new ArrayList<>(paragraph.sentences().size());
      for (int i = 0; i < paragraph.sentences().size(); i++) {
        Sentence sentence = paragraph.sentences().get(i);
        List<int[]> candidates =
            earlierShingles.get(new SentenceRef(document.date(), document.id(), paragraph.position(), i));
        if (candidates != null && copies.isCopyOfAny(NearDuplicates.shingles(sentence.terms()), candidates)) {
          nearCopies.inc();
        } else {
          kept.add(sentence);
        }
      }
      return kept.size() == paragraph.sentences().size() ? paragraph : paragraph.withSentences(kept);
    }
  }
}
