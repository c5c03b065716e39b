package io.daybrief.transforms;

import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.text.DateFilter;
import io.daybrief.text.InputFormat;
import io.daybrief.text.LineSplits;
import io.daybrief.text.PathDates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO.ReadableFile;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult.Metadata;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Globs or directories on any Beam filesystem to documents. Input: file patterns. Output: a tuple
 * of {@link #DOCUMENTS} (with the explicit date from header or field, else a null date) and
 * {@link #REJECTED} (every file or record that could not be used, with the reason).
 *
 * <p>With {@link #skippingPartitionsOutside}, a file in an archive partition (a date in its path,
 * see {@link PathDates}) whose date the run leaves out is counted and never opened.
 *
 * <p>Every matched file is counted once as skipped (hidden or outside the dates), accepted or rejected; every record
 * read (a plain-text or HTML file that could be read, a non-blank JSON line, a WARC record) once as
 * parsed, rejected or skipped (WARC records that are not pages).
 */
public final class ReadDocuments extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};
  public static final TupleTag<Rejected> REJECTED = new TupleTag<>() {};

  private static final TupleTag<KV<Integer, Metadata>> WHOLE_FILES = new TupleTag<>() {};
  private static final TupleTag<KV<Integer, FileRange>> RANGES = new TupleTag<>() {};

  /**
   * @param timeZone the zone that full timestamps are reduced to a date in
   * @param maxDocumentBytes larger plain-text files (after decompression) and longer JSON lines are rejected unread
   * @param shards key count of the grouping that spreads matched files over workers
   * @param rangeBytes uncompressed JSON Lines files and {@code .warc.gz} files larger than this are read in
   *     ranges of about this size
   */
  public record Settings(String timeZone, int maxDocumentBytes, int shards, long rangeBytes) implements Serializable {
    /** Ranges of 8 MB: enough of them in a file of a few hundred MB to keep every worker busy to the end. */
    public static final long RANGE_BYTES = 8L << 20;

    public Settings(String timeZone, int maxDocumentBytes, int shards) {
      this(timeZone, maxDocumentBytes, shards, RANGE_BYTES);
    }
  }

  private final List<String> patterns;
  private final Settings settings;
  private final DateFilter partitions;

  private ReadDocuments(List<String> patterns, Settings settings, DateFilter partitions) {
    this.patterns = patterns;
    this.settings = settings;
    this.partitions = partitions;
  }

  public static ReadDocuments from(List<String> inputs, Settings settings) {
    List<String> patterns = new ArrayList<>();
    for (String input : inputs) {
      patterns.add(InputFiles.asPattern(input));
    }
    return new ReadDocuments(List.copyOf(patterns), settings, null);
  }

  /** Files whose path names a date partition that {@code dates} does not accept are not read. */
  public ReadDocuments skippingPartitionsOutside(DateFilter dates) {
    return new ReadDocuments(patterns, settings, dates);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    PCollectionTuple files = input
        .apply("InputPatterns", Create.of(patterns).withCoder(StringUtf8Coder.of()))
        .apply("MatchFiles", ParDo.of(new MatchFilesFn(settings.shards(), partitions)))
        .setCoder(KvCoder.of(VarIntCoder.of(), MetadataCoderV2.of()))
        .apply("SplitLargeFiles",
            ParDo.of(new SplitLargeFilesFn(settings)).withOutputTags(WHOLE_FILES, TupleTagList.of(RANGES)));
    PCollectionTuple whole = files.get(WHOLE_FILES)
        .setCoder(KvCoder.of(VarIntCoder.of(), MetadataCoderV2.of()))
        // Spreads the files over workers. Keyed by a fixed number of shards, not per file as
        // FileIO.matchAll does: the DirectRunner pays per distinct key (10,000 files took 12 min).
        .apply("SpreadFiles", Reshuffle.of())
        .apply("DropShardKeys", Values.create())
        .apply("OpenFiles", FileIO.readMatches().withCompression(Compression.AUTO))
        .apply(
            "ParseFiles",
            ParDo.of(new ParseFileFn(settings)).withOutputTags(DOCUMENTS, TupleTagList.of(REJECTED)));
    PCollectionTuple ranges = files.get(RANGES)
        .setCoder(KvCoder.of(VarIntCoder.of(), FileRangeCoder.INSTANCE))
        .apply("SpreadRanges", Reshuffle.of())
        .apply("DropRangeShardKeys", Values.create())
        .apply(
            "ParseRanges",
            ParDo.of(new ParseRangeFn(settings)).withOutputTags(DOCUMENTS, TupleTagList.of(REJECTED)));
    return PCollectionTuple
        .of(DOCUMENTS, PCollectionList.of(whole.get(DOCUMENTS)).and(ranges.get(DOCUMENTS))
            .apply("CollectDocuments", Flatten.pCollections()))
        .and(REJECTED, PCollectionList.of(whole.get(REJECTED)).and(ranges.get(REJECTED))
            .apply("CollectRejected", Flatten.pCollections()));
  }

  /** Lists the files of one pattern, each keyed by the shard of its path, but those of partitions left out. */
  static final class MatchFilesFn extends DoFn<String, KV<Integer, Metadata>> {
    private final int shards;
    private final DateFilter partitions;
    private final Counter filesMatched = Counters.counter(Counters.FILES_MATCHED);
    private final Counter filesOutsideDates = Counters.counter(Counters.FILES_OUTSIDE_DATES);

    MatchFilesFn(int shards, DateFilter partitions) {
      this.shards = shards;
      this.partitions = partitions;
    }

    @ProcessElement
    public void process(@Element String pattern, OutputReceiver<KV<Integer, Metadata>> out) throws IOException {
      for (Metadata file : InputFiles.match(pattern)) {
        filesMatched.inc();
        if (InputFiles.inSelectedPartition(file.resourceId().toString(), partitions)) {
          out.output(KV.of(Shards.ofTerm(file.resourceId().toString(), shards), file));
        } else {
          filesOutsideDates.inc();
        }
      }
    }
  }

  /** Reads one file with {@link FileParser}. */
  static final class ParseFileFn extends DoFn<ReadableFile, Document> {
    private final Settings settings;
    private transient FileParser parser;

    ParseFileFn(Settings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      parser = new FileParser(settings);
    }

    @ProcessElement
    public void process(@Element ReadableFile file, MultiOutputReceiver out) {
      parser.read(file.getMetadata(), file::open, emitterTo(out));
    }
  }

  /** A DoFn's DOCUMENTS and REJECTED outputs as a {@link FileParser.Emitter}. */
  static FileParser.Emitter emitterTo(DoFn.MultiOutputReceiver out) {
    return new FileParser.Emitter() {
      @Override
      public void document(Document document) {
        out.get(DOCUMENTS).output(document);
      }

      @Override
      public void rejected(Rejected rejected) {
        out.get(REJECTED).output(rejected);
      }
    };
  }

  /**
   * Cuts each large uncompressed JSON Lines file into ranges of whole lines (one pass that only
   * looks for line ends), and each large {@code .warc.gz} into byte ranges (no pass: a range's
   * reader finds its first record), so that their records are parsed on every worker instead of
   * one; passes every other file on whole. A split file is counted as accepted here, since its ranges are read
   * apart.
   */
  static final class SplitLargeFilesFn extends DoFn<KV<Integer, Metadata>, KV<Integer, Metadata>> {
    private final Settings settings;
    private final Counter filesAccepted = Counters.counter(Counters.FILES_ACCEPTED);

    SplitLargeFilesFn(Settings settings) {
      this.settings = settings;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Metadata> keyed, DoFn.MultiOutputReceiver out) {
      Metadata file = keyed.getValue();
      String name = file.resourceId().getFilename();
      if (!InputFiles.isHidden(name) && InputFormat.isGzipWarc(name) && file.sizeBytes() > settings.rangeBytes()) {
        splitWarc(keyed, out);
        return;
      }
      if (InputFiles.isHidden(name) || InputFormat.of(name) != InputFormat.JSON_LINES
          || Compression.detect(name) != Compression.UNCOMPRESSED || file.sizeBytes() <= settings.rangeBytes()) {
        out.get(WHOLE_FILES).output(keyed);
        return;
      }
      LineSplits.Splits splits;
      try (InputStream in = Channels.newInputStream(FileSystems.open(file.resourceId()))) {
        splits = LineSplits.of(in, settings.rangeBytes());
      } catch (IOException e) {
        out.get(WHOLE_FILES).output(keyed); // ParseFiles reads it again and says why it cannot.
        return;
      }
      if (!splits.hasRecords() || splits.ranges().size() < 2) {
        out.get(WHOLE_FILES).output(keyed);
        return;
      }
      filesAccepted.inc();
      String source = file.resourceId().toString();
      for (int i = 0; i < splits.ranges().size(); i++) {
        LineSplits.Range range = splits.ranges().get(i);
        // Consecutive shards, so that the ranges of one file spread over every worker.
        int shard = Math.floorMod(keyed.getKey() + i, settings.shards());
        out.get(RANGES).output(KV.of(shard, new FileRange(source, range.start(), range.end(), range.linesBefore())));
      }
    }

    /**
     * A {@code .warc.gz} in byte ranges of about the range size, unread: the reader of each range
     * syncs to the first gzip member (record) starting in it, and reads the records starting there.
     */
    private void splitWarc(KV<Integer, Metadata> keyed, DoFn.MultiOutputReceiver out) {
      Metadata file = keyed.getValue();
      filesAccepted.inc();
      String source = file.resourceId().toString();
      long size = file.sizeBytes();
      int count = (int) Math.min(Integer.MAX_VALUE, (size + settings.rangeBytes() - 1) / settings.rangeBytes());
      for (int i = 0; i < count; i++) {
        long start = size * i / count;
        long end = size * (i + 1) / count;
        int shard = Math.floorMod(keyed.getKey() + i, settings.shards());
        out.get(RANGES).output(KV.of(shard, new FileRange(source, start, end, 0)));
      }
    }
  }

  /** Reads one range of a file with {@link FileParser}. */
  static final class ParseRangeFn extends DoFn<FileRange, Document> {
    private final Settings settings;
    private transient FileParser parser;

    ParseRangeFn(Settings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      parser = new FileParser(settings);
    }

    @ProcessElement
    public void process(@Element FileRange range, DoFn.MultiOutputReceiver out) {
      parser.readRange(range, emitterTo(out));
    }
  }

  /**
   * A part of a file: whole lines of a JSON Lines file, or the records of a {@code .warc.gz} whose
   * gzip member starts at or after {@code start} and before {@code end} (the file name says which).
   *
   * @param file the file's resource id as a string
   * @param start offset of the first byte
   * @param end offset just past the last byte
   * @param linesBefore lines of the file before {@code start}; 0 for a WARC file
   */
  public record FileRange(String file, long start, long end, long linesBefore) {}

  /** Hand-written coder: Java serialization is slow and not stable across versions. */
  static final class FileRangeCoder extends CustomCoder<FileRange> {
    static final FileRangeCoder INSTANCE = new FileRangeCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarLongCoder LONG = VarLongCoder.of();

    @Override
    public void encode(FileRange value, OutputStream out) throws IOException {
      STRING.encode(value.file(), out);
      LONG.encode(value.start(), out);
      LONG.encode(value.end(), out);
      LONG.encode(value.linesBefore(), out);
    }

    @Override
    public FileRange decode(InputStream in) throws IOException {
      return new FileRange(STRING.decode(in), LONG.decode(in), LONG.decode(in), LONG.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }


}
