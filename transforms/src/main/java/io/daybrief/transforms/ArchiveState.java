package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.ArchiveSegment;
import io.daybrief.model.DayRecord;
import io.daybrief.model.DocumentTrace;
import io.daybrief.storage.Storage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The archive state in a pipeline: {@link #read} brings earlier dates' contributions into a run in
 * the shapes the run's own groupings use; {@link #writeSegments} turns the run's dates into
 * segments. The state's directory (versions, pointer, retention) is {@link ArchiveStateDirectory}.
 * {@link #dayRecords} gives the same contributions as streaming's per-date records.
 */
public final class ArchiveState {
  /** Every earlier document's trace: dedupe's history. */
  public static final TupleTag<DocumentTrace> TRACES = new TupleTag<>() {};
  /** Document frequencies of the earlier documents, one map per term shard (as {@link CountDocumentFrequencies}). */
  public static final TupleTag<KV<Integer, Map<String, Long>>> FREQUENCIES = new TupleTag<>() {};
  /** How many earlier documents there are: a single value. */
  public static final TupleTag<Long> DOCUMENT_COUNT = new TupleTag<>() {};

  private static final TupleTag<Long> SEGMENT_DOCUMENTS = new TupleTag<>() {};

  private ArchiveState() {}

  /**
   * Reads state segments. Input: nothing. Output: a tuple of {@link #TRACES}, {@link #FREQUENCIES}
   * and {@link #DOCUMENT_COUNT}.
   *
   * @param segmentFiles the segment files to read (those of {@link ArchiveStateDirectory#segmentsBefore})
   * @param shards the shard count of the run's term grouping
   */
  public static Read read(List<String> segmentFiles, int shards) {
    return new Read(segmentFiles, shards);
  }

  /**
   * Reads state segments as the records streaming keeps per date ({@link EarlierDays#recordOf}).
   * Input: nothing. Output: one {@link DayRecord} per segment file.
   */
  public static ReadDayRecords dayRecords(List<String> segmentFiles) {
    return new ReadDayRecords(segmentFiles);
  }

  /**
   * Writes one segment per date into a staging directory that {@link ArchiveStateDirectory#commit}
   * later makes the new state. Input: the run's analyzed documents (before dedupe). Output: the dates written.
   */
  public static WriteSegments writeSegments(String stagingDirectory, int minWords) {
    return new WriteSegments(stagingDirectory, minWords);
  }

  /** See {@link ArchiveState#read}. */
  public static final class Read extends PTransform<PBegin, PCollectionTuple> {
    private final List<String> segmentFiles;
    private final int shards;

    Read(List<String> segmentFiles, int shards) {
      this.segmentFiles = List.copyOf(segmentFiles);
      this.shards = shards;
    }

    @Override
    public PCollectionTuple expand(PBegin input) {
      PCollectionTuple segments = input
          .apply("SegmentFiles", Create.of(segmentFiles).withCoder(StringUtf8Coder.of()))
          .apply("ReadSegments", ParDo.of(new ReadSegmentFn(shards))
              .withOutputTags(TRACES, TupleTagList.of(FREQUENCIES).and(SEGMENT_DOCUMENTS)));
      PCollection<KV<Integer, Map<String, Long>>> frequencies = segments.get(FREQUENCIES)
          .setCoder(KvCoder.of(VarIntCoder.of(), MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of())))
          .apply("SumPerShard", Combine.perKey(new SumFrequenciesFn()));
      PCollection<Long> documents = segments.get(SEGMENT_DOCUMENTS)
          .apply("SumDocuments", Sum.longsGlobally());
      return PCollectionTuple.of(TRACES, segments.get(TRACES))
          .and(FREQUENCIES, frequencies)
          .and(DOCUMENT_COUNT, documents);
    }
  }

  /** See {@link ArchiveState#dayRecords}. */
  public static final class ReadDayRecords extends PTransform<PBegin, PCollection<DayRecord>> {
    private final List<String> segmentFiles;

    ReadDayRecords(List<String> segmentFiles) {
      this.segmentFiles = List.copyOf(segmentFiles);
    }

    @Override
    public PCollection<DayRecord> expand(PBegin input) {
      return input
          .apply("SegmentFiles", Create.of(segmentFiles).withCoder(StringUtf8Coder.of()))
          .apply("ReadDayRecords", ParDo.of(new ReadDayRecordFn()))
          .setCoder(DayRecord.DayRecordCoder.of());
    }
  }

  /** One segment file to its traces, its frequencies split by term shard, and its document count. */
  static final class ReadSegmentFn extends DoFn<String, DocumentTrace> {
    private final int shards;

    ReadSegmentFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element String file, MultiOutputReceiver out) throws IOException {
      ArchiveSegment segment = readSegment(file);
      segment.traces().forEach(out.get(TRACES)::output);
      Map<Integer, Map<String, Long>> byShard = new HashMap<>();
      segment.frequencies().forEach((term, count) ->
          byShard.computeIfAbsent(Shards.ofTerm(term, shards), s -> new HashMap<>()).put(term, count));
      byShard.forEach((shard, counts) -> out.get(FREQUENCIES).output(KV.of(shard, counts)));
      out.get(SEGMENT_DOCUMENTS).output(segment.documents());
    }
  }

  /** One segment file to the record of its date. */
  static final class ReadDayRecordFn extends DoFn<String, DayRecord> {
    @ProcessElement
    public void process(@Element String file, OutputReceiver<DayRecord> out) throws IOException {
      out.output(EarlierDays.recordOf(readSegment(file)));
    }
  }

  private static ArchiveSegment readSegment(String file) throws IOException {
    try (InputStream in = Storage.of(file).open(file)) {
      return ArchiveSegment.readFrom(in);
    } catch (IOException e) {
      throw new IOException("archive state segment " + file + ": " + e.getMessage(), e);
    }
  }

  /** Adds the frequency maps of one shard; lifted into a partial combine before the shuffle. */
  static final class SumFrequenciesFn
      extends Combine.CombineFn<Map<String, Long>, Map<String, Long>, Map<String, Long>> {
    @Override
    public Map<String, Long> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, Long> addInput(Map<String, Long> sum, Map<String, Long> counts) {
      counts.forEach((term, count) -> sum.merge(term, count, Long::sum));
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
  }

  /** See {@link ArchiveState#writeSegments}. */
  public static final class WriteSegments extends PTransform<PCollection<AnalyzedDocument>, PCollection<String>> {
    private final String stagingDirectory;
    private final int minWords;

    WriteSegments(String stagingDirectory, int minWords) {
      this.stagingDirectory = stagingDirectory;
      this.minWords = minWords;
    }

    @Override
    public PCollection<String> expand(PCollection<AnalyzedDocument> documents) {
      return documents
          .apply("KeyByDate", WithKeys.<String, AnalyzedDocument>of(AnalyzedDocument::date)
              .withKeyType(TypeDescriptors.strings()))
          .apply("GroupByDate", GroupByKey.create())
          .apply("WriteSegment", ParDo.of(new WriteSegmentFn(stagingDirectory, minWords)));
    }
  }

  /**
   * Writes a date's segment under a fresh temporary name, then renames it over the date's file: a
   * retried or duplicated task never leaves a partial segment under the final name.
   */
  static final class WriteSegmentFn extends DoFn<KV<String, Iterable<AnalyzedDocument>>, String> {
    private final String stagingDirectory;
    private final int minWords;

    WriteSegmentFn(String stagingDirectory, int minWords) {
      this.stagingDirectory = stagingDirectory;
      this.minWords = minWords;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<AnalyzedDocument>> day, OutputReceiver<String> out)
        throws IOException {
      ArchiveSegment segment = ArchiveSegment.of(day.getKey(), day.getValue(), minWords);
      Storage storage = Storage.of(stagingDirectory);
      storage.createDirectories(stagingDirectory);
      String name = ArchiveSegment.fileName(day.getKey());
      String target = storage.resolve(stagingDirectory, name);
      String temporary = storage.resolve(stagingDirectory, "." + name + "." + UUID.randomUUID() + ".tmp");
      try (OutputStream file = storage.create(temporary)) {
        segment.writeTo(file);
      } catch (IOException e) {
        storage.deleteIfExists(temporary);
        throw e;
      }
      storage.replace(temporary, target);
      out.output(day.getKey());
    }
  }
}
