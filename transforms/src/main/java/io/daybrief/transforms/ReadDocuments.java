package io.daybrief.transforms;

import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.text.BoundedInput;
import io.daybrief.text.DateExtractor;
import io.daybrief.text.DateFilter;
import io.daybrief.text.InputFormat;
import io.daybrief.text.InvalidInputException;
import io.daybrief.text.JsonLinesFormat.JsonRecord;
import io.daybrief.text.JsonLinesFormat;
import io.daybrief.text.LineReader;
import io.daybrief.text.LineSplits;
import io.daybrief.text.PathDates;
import io.daybrief.text.PlainTextFormat.PlainText;
import io.daybrief.text.PlainTextFormat;
import io.daybrief.text.TextDecoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO.ReadableFile;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult.Metadata;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.io.fs.ResourceId;
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
 * read (a plain-text file that could be read, a non-blank JSON line) once as parsed or rejected.
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
   * @param rangeBytes uncompressed JSON Lines files larger than this are read in ranges of about this size
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
      patterns.add(asPattern(input));
    }
    return new ReadDocuments(List.copyOf(patterns), settings, null);
  }

  /** Files whose path names a date partition that {@code dates} does not accept are not read. */
  public ReadDocuments skippingPartitionsOutside(DateFilter dates) {
    return new ReadDocuments(patterns, settings, dates);
  }

  /** Whether a file of this path is read under {@code dates} (null: every file). */
  public static boolean inSelectedPartition(String path, DateFilter dates) {
    return dates == null || PathDates.of(path).map(dates::accepts).orElse(true);
  }

  /** The files an input matches, in the order listed, without the directories: for the run manifest. */
  public static List<Metadata> matchedFiles(String input) throws IOException {
    return match(asPattern(input));
  }

  /**
   * The inputs that match no file at all, checked before a job starts so that a mistyped path is
   * an error rather than an empty result. Needs {@link FileSystems#setDefaultPipelineOptions} for
   * other file systems than the local one.
   */
  public static List<String> unmatched(List<String> inputs) throws IOException {
    List<String> unmatched = new ArrayList<>();
    for (String input : inputs) {
      if (match(asPattern(input)).isEmpty()) {
        unmatched.add(input);
      }
    }
    return unmatched;
  }

  /** Total size of the files the inputs match (a file matched twice counts twice): sizes the shard counts. */
  public static long inputBytes(List<String> inputs) throws IOException {
    long bytes = 0;
    for (String input : inputs) {
      for (Metadata file : match(asPattern(input))) {
        bytes += file.sizeBytes();
      }
    }
    return bytes;
  }

  /** A directory stands for every file below it; anything else is used as written. */
  static String asPattern(String input) {
    if (input.endsWith("/")) {
      return input + "**";
    }
    if (!input.contains("://") && !hasWildcard(input)) {
      try {
        if (Files.isDirectory(Path.of(input))) {
          return input + "/**";
        }
      } catch (InvalidPathException e) {
        return input;
      }
    }
    return input;
  }

  private static boolean hasWildcard(String input) {
    return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0;
  }

  private static List<Metadata> match(String pattern) throws IOException {
    if (isMissingLocalFile(pattern)) {
      return List.of();
    }
    MatchResult result = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
    return result.status() == MatchResult.Status.NOT_FOUND ? List.of() : result.metadata();
  }

  /**
   * Beam matches a local path that does not exist by walking the tree below its parent directory:
   * for "/missing" that is the whole file system. A plain path needs no walk to know it is not there.
   */
  private static boolean isMissingLocalFile(String pattern) {
    if (pattern.contains("://") || hasWildcard(pattern)) {
      return false;
    }
    try {
      return !Files.exists(Path.of(pattern));
    } catch (InvalidPathException e) {
      return true;
    }
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
      for (Metadata file : match(pattern)) {
        filesMatched.inc();
        if (inSelectedPartition(file.resourceId().toString(), partitions)) {
          out.output(KV.of(Shards.ofTerm(file.resourceId().toString(), shards), file));
        } else {
          filesOutsideDates.inc();
        }
      }
    }
  }

  /** Opens a file for reading, decompressed. */
  interface Opener {
    java.nio.channels.ReadableByteChannel open() throws IOException;
  }

  /** Where {@link ParseFileFn#read} sends what it reads. */
  interface Emitter {
    void document(Document document);

    /**
     * A document with its date as written ({@code null} when it had none), for a reader that wants
     * the time of day a timestamp carries: a stream's event time.
     */
    default void document(Document document, String writtenDate) {
      document(document);
    }

    void rejected(Rejected rejected);
  }

  /** Reads one file in the format its name says; never throws for bad content. */
  static final class ParseFileFn extends DoFn<ReadableFile, Document> {
    private final Settings settings;
    private transient RecordReader records;

    ParseFileFn(Settings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      records = new RecordReader(settings);
    }

    @ProcessElement
    public void process(@Element ReadableFile file, MultiOutputReceiver out) {
      read(file.getMetadata(), file::open, emitterTo(out));
    }

    /** Reads one file as {@link #process} does, for a caller that opens files itself (streaming's watch). */
    void read(Metadata metadata, Opener file, Emitter out) {
      String source = metadata.resourceId().toString();
      String name = metadata.resourceId().getFilename();
      if (isHidden(name)) {
        records.filesSkipped.inc();
        return;
      }
      switch (InputFormat.of(name)) {
        case PLAIN_TEXT -> readPlainText(file, source, name, out);
        case JSON_LINES -> readJsonLines(file, source, name, out);
        default -> records.rejectFile(out, source, "unsupported file type '" + InputFormat.extension(name)
            + "' (expected .txt, .jsonl, no extension, or those with .gz/.bz2)");
      }
    }

    private void readPlainText(Opener file, String source, String name, Emitter out) {
      Optional<byte[]> bytes;
      try (InputStream in = Channels.newInputStream(file.open())) {
        bytes = BoundedInput.readAtMost(in, settings.maxDocumentBytes());
      } catch (IOException e) {
        records.rejectFile(out, source, InputFormat.readFailure(name, e, 0));
        return;
      }
      if (bytes.isEmpty()) {
        records.rejectFile(out, source, "too large: more than " + settings.maxDocumentBytes() + " bytes (--maxDocumentBytes)");
        return;
      }
      try {
        PlainText text = PlainTextFormat.parse(TextDecoding.decode(bytes.get()));
        String date = text.headerDate() == null ? null : records.explicitDate(text.headerDate());
        records.filesAccepted.inc();
        records.documentsRead.inc();
        records.emit(out, new Document(InputFormat.documentId(name), date, "", text.body(), source), text.headerDate());
      } catch (InvalidInputException e) {
        records.rejectFile(out, source, e.getMessage());
      }
    }

    private void readJsonLines(Opener file, String source, String name, Emitter out) {
      LineReader lines = null;
      try (InputStream in = Channels.newInputStream(file.open())) {
        lines = new LineReader(in, settings.maxDocumentBytes());
        long read = records.readJsonLines(lines, source, InputFormat.documentId(name), out);
        if (read == 0) {
          records.rejectFile(out, source, lines.lineNumber() == 0 ? "empty file" : "no records: only blank lines");
        } else {
          records.filesAccepted.inc();
        }
      } catch (IOException e) {
        records.rejectFile(out, source, InputFormat.readFailure(name, e, lines == null ? 0 : lines.lineNumber()));
      }
    }
  }

  /** Hidden files, markers such as _SUCCESS, and our own temporary files are not articles. */
  static boolean isHidden(String name) {
    return name == null || name.startsWith(".") || name.startsWith("_");
  }

  /** A DoFn's DOCUMENTS and REJECTED outputs as an {@link Emitter}. */
  static Emitter emitterTo(DoFn.MultiOutputReceiver out) {
    return new Emitter() {
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
   * looks for line ends), so that its records are parsed on every worker instead of one; passes
   * every other file on whole. A split file is counted as accepted here, since its ranges are read
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
      if (isHidden(name) || InputFormat.of(name) != InputFormat.JSON_LINES
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
  }

  /** Reads the JSON lines of one range of a file; a failure to read is a rejected record at the line it stopped at. */
  static final class ParseRangeFn extends DoFn<FileRange, Document> {
    private final Settings settings;
    private transient RecordReader records;

    ParseRangeFn(Settings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      records = new RecordReader(settings);
    }

    @ProcessElement
    public void process(@Element FileRange range, DoFn.MultiOutputReceiver out) {
      ResourceId file = FileSystems.matchNewResource(range.file(), false);
      String name = file.getFilename();
      LineReader lines = new LineReader(InputStream.nullInputStream(), settings.maxDocumentBytes(), range.linesBefore());
      try (ReadableByteChannel channel = FileSystems.open(file)) {
        InputStream in = Channels.newInputStream(channel);
        if (channel instanceof SeekableByteChannel seekable) {
          seekable.position(range.start());
        } else {
          in.skipNBytes(range.start());
        }
        lines = new LineReader(BoundedInput.limit(in, range.end() - range.start()), settings.maxDocumentBytes(),
            range.linesBefore());
        records.readJsonLines(lines, range.file(), InputFormat.documentId(name), emitterTo(out));
      } catch (IOException e) {
        records.documentsRead.inc();
        records.rejectRecord(emitterTo(out), new Rejected(range.file(), lines.lineNumber() + 1,
            InputFormat.readFailure(name, e, lines.lineNumber())));
      }
    }
  }

  /**
   * A part of a file made of whole lines.
   *
   * @param file the file's resource id as a string
   * @param start offset of the first byte
   * @param end offset just past the last byte
   * @param linesBefore lines of the file before {@code start}
   */
  record FileRange(String file, long start, long end, long linesBefore) {}

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

  /** Records to documents or rejections, with the counters; shared by ParseFiles and ParseRanges. */
  static final class RecordReader {
    final Counter filesAccepted = Counters.counter(Counters.FILES_ACCEPTED);
    final Counter filesRejected = Counters.counter(Counters.FILES_REJECTED);
    final Counter filesSkipped = Counters.counter(Counters.FILES_SKIPPED);
    final Counter documentsRead = Counters.counter(Counters.DOCUMENTS_READ);
    private final Counter documentsRejected = Counters.counter(Counters.DOCUMENTS_REJECTED);
    private final Counter documentsParsed = Counters.counter(Counters.DOCUMENTS_PARSED);
    private final Counter rejectedRecords = Counters.counter(Counters.REJECTED_RECORDS);
    private final Counter replacedSurrogates = Counters.counter(Counters.REPLACED_SURROGATES);
    private final Settings settings;
    private final ZoneId zone;

    RecordReader(Settings settings) {
      this.settings = settings;
      this.zone = ZoneId.of(settings.timeZone());
    }

    String explicitDate(String written) throws InvalidInputException {
      return DateExtractor.explicitDate(written, zone).toString();
    }

    /** Every line to a document or a rejection; returns the number of records (lines not blank). */
    long readJsonLines(LineReader lines, String source, String fileId, Emitter out) throws IOException {
      long records = 0;
      for (byte[] line = lines.next(); line != null; line = lines.next()) {
        if (lines.tooLong()) {
          records++;
          documentsRead.inc();
          rejectRecord(out, new Rejected(source, lines.lineNumber(),
              "line too long: more than " + settings.maxDocumentBytes() + " bytes (--maxDocumentBytes)"));
        } else if (!isBlank(line)) {
          records++;
          readJsonLine(line, lines.lineNumber(), source, fileId, out);
        }
      }
      return records;
    }

    private void readJsonLine(byte[] bytes, long lineNumber, String source, String fileId, Emitter out) {
      documentsRead.inc();
      try {
        JsonRecord record = JsonLinesFormat.parse(TextDecoding.decode(bytes));
        String id = record.id() == null || record.id().isBlank() ? fileId + ":" + lineNumber : record.id();
        String date = record.date() == null ? null : explicitDate(record.date());
        replacedSurrogates.inc(record.replacedSurrogates());
        emit(out, new Document(id, date, record.title(), record.text(), source + ":" + lineNumber), record.date());
      } catch (InvalidInputException e) {
        rejectRecord(out, new Rejected(source, lineNumber, e.getMessage()));
      }
    }

    void emit(Emitter out, Document document, String writtenDate) {
      documentsParsed.inc();
      out.document(document, writtenDate);
    }

    void rejectFile(Emitter out, String source, String reason) {
      filesRejected.inc();
      rejectedRecords.inc();
      out.rejected(Rejected.file(source, reason));
    }

    void rejectRecord(Emitter out, Rejected rejected) {
      documentsRejected.inc();
      rejectedRecords.inc();
      out.rejected(rejected);
    }

    private static boolean isBlank(byte[] bytes) {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }
}
