package io.daybrief.transforms;

import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.text.BoundedInput;
import io.daybrief.text.DateExtractor;
import io.daybrief.text.InputFormat;
import io.daybrief.text.InvalidInputException;
import io.daybrief.text.JsonLinesFormat;
import io.daybrief.text.JsonLinesFormat.JsonRecord;
import io.daybrief.text.LineReader;
import io.daybrief.text.PlainTextFormat;
import io.daybrief.text.PlainTextFormat.PlainText;
import io.daybrief.text.TextDecoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileIO.ReadableFile;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MatchResult.Metadata;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Globs or directories on any Beam filesystem to documents. Input: file patterns. Output: a tuple
 * of {@link #DOCUMENTS} (with the explicit date from header or field, else a null date) and
 * {@link #REJECTED} (every file or record that could not be used, with the reason).
 *
 * <p>Every matched file is counted once as skipped (hidden), accepted or rejected; every record
 * read (a plain-text file that could be read, a non-blank JSON line) once as parsed or rejected.
 */
public final class ReadDocuments extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};
  public static final TupleTag<Rejected> REJECTED = new TupleTag<>() {};

  /**
   * @param timeZone the zone that full timestamps are reduced to a date in
   * @param maxDocumentBytes larger plain-text files (after decompression) and longer JSON lines are rejected unread
   * @param shards key count of the grouping that spreads matched files over workers
   */
  public record Settings(String timeZone, int maxDocumentBytes, int shards) implements Serializable {}

  private final List<String> patterns;
  private final Settings settings;

  private ReadDocuments(List<String> patterns, Settings settings) {
    this.patterns = patterns;
    this.settings = settings;
  }

  public static ReadDocuments from(List<String> inputs, Settings settings) {
    List<String> patterns = new ArrayList<>();
    for (String input : inputs) {
      patterns.add(asPattern(input));
    }
    return new ReadDocuments(List.copyOf(patterns), settings);
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
    return input
        .apply("InputPatterns", Create.of(patterns).withCoder(StringUtf8Coder.of()))
        .apply("MatchFiles", ParDo.of(new MatchFilesFn(settings.shards())))
        .setCoder(KvCoder.of(VarIntCoder.of(), MetadataCoderV2.of()))
        // Spreads the files over workers. Keyed by a fixed number of shards, not per file as
        // FileIO.matchAll does: the DirectRunner pays per distinct key (10,000 files took 12 min).
        .apply("SpreadFiles", Reshuffle.of())
        .apply("DropShardKeys", Values.create())
        .apply("OpenFiles", FileIO.readMatches().withCompression(Compression.AUTO))
        .apply(
            "ParseFiles",
            ParDo.of(new ParseFileFn(settings)).withOutputTags(DOCUMENTS, TupleTagList.of(REJECTED)));
  }

  /** Lists the files of one pattern, each keyed by the shard of its path. */
  static final class MatchFilesFn extends DoFn<String, KV<Integer, Metadata>> {
    private final int shards;
    private final Counter filesMatched = Counters.counter(Counters.FILES_MATCHED);

    MatchFilesFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element String pattern, OutputReceiver<KV<Integer, Metadata>> out) throws IOException {
      for (Metadata file : match(pattern)) {
        filesMatched.inc();
        out.output(KV.of(Shards.ofTerm(file.resourceId().toString(), shards), file));
      }
    }
  }

  /** Reads one file in the format its name says; never throws for bad content. */
  static final class ParseFileFn extends DoFn<ReadableFile, Document> {
    private final Settings settings;
    private final Counter filesAccepted = Counters.counter(Counters.FILES_ACCEPTED);
    private final Counter filesRejected = Counters.counter(Counters.FILES_REJECTED);
    private final Counter filesSkipped = Counters.counter(Counters.FILES_SKIPPED);
    private final Counter documentsRead = Counters.counter(Counters.DOCUMENTS_READ);
    private final Counter documentsRejected = Counters.counter(Counters.DOCUMENTS_REJECTED);
    private final Counter documentsParsed = Counters.counter(Counters.DOCUMENTS_PARSED);
    private final Counter rejectedRecords = Counters.counter(Counters.REJECTED_RECORDS);
    private final Counter replacedSurrogates = Counters.counter(Counters.REPLACED_SURROGATES);
    private transient ZoneId zone;

    ParseFileFn(Settings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      zone = ZoneId.of(settings.timeZone());
    }

    @ProcessElement
    public void process(@Element ReadableFile file, MultiOutputReceiver out) {
      String source = file.getMetadata().resourceId().toString();
      String name = file.getMetadata().resourceId().getFilename();
      if (name == null || name.startsWith(".") || name.startsWith("_")) {
        // Hidden files, markers such as _SUCCESS, and our own temporary files are not articles.
        filesSkipped.inc();
        return;
      }
      switch (InputFormat.of(name)) {
        case PLAIN_TEXT -> readPlainText(file, source, name, out);
        case JSON_LINES -> readJsonLines(file, source, name, out);
        default -> rejectFile(out, source, "unsupported file type '" + InputFormat.extension(name)
            + "' (expected .txt, .jsonl, no extension, or those with .gz/.bz2)");
      }
    }

    private void readPlainText(ReadableFile file, String source, String name, MultiOutputReceiver out) {
      Optional<byte[]> bytes;
      try (InputStream in = Channels.newInputStream(file.open())) {
        bytes = BoundedInput.readAtMost(in, settings.maxDocumentBytes());
      } catch (IOException e) {
        rejectFile(out, source, InputFormat.readFailure(name, e, 0));
        return;
      }
      if (bytes.isEmpty()) {
        rejectFile(out, source, "too large: more than " + settings.maxDocumentBytes() + " bytes (--maxDocumentBytes)");
        return;
      }
      try {
        PlainText text = PlainTextFormat.parse(TextDecoding.decode(bytes.get()));
        String date = text.headerDate() == null ? null : DateExtractor.explicitDate(text.headerDate(), zone).toString();
        filesAccepted.inc();
        documentsRead.inc();
        emit(out, new Document(InputFormat.documentId(name), date, "", text.body(), source));
      } catch (InvalidInputException e) {
        rejectFile(out, source, e.getMessage());
      }
    }

    private void readJsonLines(ReadableFile file, String source, String name, MultiOutputReceiver out) {
      LineReader lines = null;
      try (InputStream in = Channels.newInputStream(file.open())) {
        lines = new LineReader(in, settings.maxDocumentBytes());
        long records = 0;
        for (byte[] line = lines.next(); line != null; line = lines.next()) {
          if (lines.tooLong()) {
            records++;
            documentsRead.inc();
            rejectRecord(out, new Rejected(source, lines.lineNumber(),
                "line too long: more than " + settings.maxDocumentBytes() + " bytes (--maxDocumentBytes)"));
          } else if (!isBlank(line)) {
            records++;
            readJsonLine(line, lines.lineNumber(), source, InputFormat.documentId(name), out);
          }
        }
        if (records == 0) {
          rejectFile(out, source, lines.lineNumber() == 0 ? "empty file" : "no records: only blank lines");
        } else {
          filesAccepted.inc();
        }
      } catch (IOException e) {
        rejectFile(out, source, InputFormat.readFailure(name, e, lines == null ? 0 : lines.lineNumber()));
      }
    }

    private void readJsonLine(byte[] bytes, long lineNumber, String source, String fileId, MultiOutputReceiver out) {
      documentsRead.inc();
      try {
        JsonRecord record = JsonLinesFormat.parse(TextDecoding.decode(bytes));
        String id = record.id() == null || record.id().isBlank() ? fileId + ":" + lineNumber : record.id();
        String date = record.date() == null ? null : DateExtractor.explicitDate(record.date(), zone).toString();
        replacedSurrogates.inc(record.replacedSurrogates());
        emit(out, new Document(id, date, record.title(), record.text(), source + ":" + lineNumber));
      } catch (InvalidInputException e) {
        rejectRecord(out, new Rejected(source, lineNumber, e.getMessage()));
      }
    }

    private void emit(MultiOutputReceiver out, Document document) {
      documentsParsed.inc();
      out.get(DOCUMENTS).output(document);
    }

    private void rejectFile(MultiOutputReceiver out, String source, String reason) {
      filesRejected.inc();
      rejectedRecords.inc();
      out.get(REJECTED).output(Rejected.file(source, reason));
    }

    private void rejectRecord(MultiOutputReceiver out, Rejected rejected) {
      documentsRejected.inc();
      rejectedRecords.inc();
      out.get(REJECTED).output(rejected);
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
