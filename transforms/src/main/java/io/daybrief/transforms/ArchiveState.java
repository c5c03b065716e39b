package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.ArchiveSegment;
import io.daybrief.model.DayRecord;
import io.daybrief.model.DocumentTrace;
import io.daybrief.storage.Storage;
import io.daybrief.text.IdfHorizon;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
  /**
   * Document frequencies of the earlier documents per (term, publication date), one map per term
   * shard (as {@link CountDocumentFrequencies}).
   */
  public static final TupleTag<KV<Integer, Map<String, Long>>> FREQUENCIES = new TupleTag<>() {};
  /** How many earlier documents each date has: a single map. */
  public static final TupleTag<Map<String, Long>> DOCUMENT_COUNT = new TupleTag<>() {};
  /** The analyzed documents of the recent dates, which the run summarizes again with its own. */
  public static final TupleTag<AnalyzedDocument> RECENT = new TupleTag<>() {};

  private static final TupleTag<Map<String, Long>> SEGMENT_DOCUMENTS = new TupleTag<>() {};

  private ArchiveState() {}

  /**
   * Reads state segments. Input: nothing. Output: a tuple of {@link #TRACES}, {@link #FREQUENCIES}
   * and {@link #DOCUMENT_COUNT} of the earlier segments, and the {@link #RECENT} documents.
   *
   * @param segmentFiles the segment files of the earlier dates, whose documents count and dedupe
   * @param recentFiles the segment files of the recent dates, whose documents the run summarizes
   *     again: they must keep their text, and they are not part of the three other outputs (the
   *     run counts and dedupes them as its own)
   * @param shards the shard count of the run's term grouping
   */
  public static Read read(List<String> segmentFiles, List<String> recentFiles, int shards) {
    return new Read(segmentFiles, recentFiles, shards);
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
   *
   * @param keepText whether the segments keep the documents' text (the commit drops it for dates
   *     before the state's window)
   */
  public static WriteSegments writeSegments(String stagingDirectory, int minWords, boolean keepText) {
    return new WriteSegments(stagingDirectory, minWords, keepText);
  }

  /** See {@link ArchiveState#read}. */
  public static final class Read extends PTransform<PBegin, PCollectionTuple> {
    private final List<String> segmentFiles;
    private final List<String> recentFiles;
    private final int shards;

    Read(List<String> segmentFiles, List<String> recentFiles, int shards) {
      this.segmentFiles = List.copyOf(segmentFiles);
      this.recentFiles = List.copyOf(recentFiles);
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
          .apply("SumPerShard", Combine.perKey(new SumCountsFn()));
      PCollection<Map<String, Long>> documents = segments.get(SEGMENT_DOCUMENTS)
          .setCoder(MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
          .apply("SumDocuments", Combine.globally(new SumCountsFn()));
      PCollection<AnalyzedDocument> recent = input
          .apply("RecentSegmentFiles", Create.of(recentFiles).withCoder(StringUtf8Coder.of()))
          .apply("ReadRecentDocuments", ParDo.of(new ReadTextsFn()))
          .setCoder(AnalyzedDocument.AnalyzedDocumentCoder.of());
      return PCollectionTuple.of(TRACES, segments.get(TRACES))
          .and(FREQUENCIES, frequencies)
          .and(DOCUMENT_COUNT, documents)
          .and(RECENT, recent);
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
      segment.frequencies().forEach((term, count) -> byShard.computeIfAbsent(Shards.ofTerm(term, shards),
          s -> new HashMap<>()).put(IdfHorizon.key(term, segment.date()), count));
      byShard.forEach((shard, counts) -> out.get(FREQUENCIES).output(KV.of(shard, counts)));
      out.get(SEGMENT_DOCUMENTS).output(Map.of(segment.date(), segment.documents()));
    }
  }

  /** One segment file to its analyzed documents; a segment without them cannot be summarized again. */
  static final class ReadTextsFn extends DoFn<String, AnalyzedDocument> {
    @ProcessElement
    public void process(@Element String file, OutputReceiver<AnalyzedDocument> out) throws IOException {
      ArchiveSegment segment = readSegment(file);
      if (!segment.textKept()) {
        throw new IOException("archive state segment " + file + " keeps no text, which a run dated by report needs");
      }
      segment.texts().forEach(out::output);
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

  /** See {@link ArchiveState#writeSegments}. */
  public static final class WriteSegments extends PTransform<PCollection<AnalyzedDocument>, PCollection<String>> {
    private final String stagingDirectory;
    private final int minWords;
    private final boolean keepText;

    WriteSegments(String stagingDirectory, int minWords, boolean keepText) {
      this.stagingDirectory = stagingDirectory;
      this.minWords = minWords;
      this.keepText = keepText;
    }

    @Override
    public PCollection<String> expand(PCollection<AnalyzedDocument> documents) {
      return documents
          .apply("KeyByDate", WithKeys.<String, AnalyzedDocument>of(AnalyzedDocument::date)
              .withKeyType(TypeDescriptors.strings()))
          .apply("GroupByDate", GroupByKey.create())
          .apply("WriteSegment", ParDo.of(new WriteSegmentFn(stagingDirectory, minWords, keepText)));
    }
  }

  /**
   * Writes a date's segment under a fresh temporary name, then renames it over the date's file: a
   * retried or duplicated task never leaves a partial segment under the final name.
   */
  static final class WriteSegmentFn extends DoFn<KV<String, Iterable<AnalyzedDocument>>, String> {
    private final String stagingDirectory;
    private final int minWords;
    private final boolean keepText;

    WriteSegmentFn(String stagingDirectory, int minWords, boolean keepText) {
      this.stagingDirectory = stagingDirectory;
      this.minWords = minWords;
      this.keepText = keepText;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<AnalyzedDocument>> day, OutputReceiver<String> out)
        throws IOException {
      ArchiveSegment segment = ArchiveSegment.of(day.getKey(), day.getValue(), minWords, keepText);
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
