package io.daybrief.transforms;

import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.text.DateExtractor;
import io.daybrief.text.InputFormat;
import io.daybrief.text.InvalidInputException;
import io.daybrief.text.JsonLinesFormat;
import io.daybrief.text.JsonLinesFormat.JsonRecord;
import io.daybrief.text.LineReader;
import io.daybrief.text.PlainTextFormat;
import io.daybrief.text.PlainTextFormat.PlainText;
import io.daybrief.text.TextDecoding;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileIO.ReadableFile;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Globs or directories on any Beam filesystem to documents. Input: file patterns. Output: a tuple
 * of {@link #DOCUMENTS} (with the explicit date from header or field, else a null date) and
 * {@link #REJECTED} (every file or record that could not be used, with the reason).
 */
public final class ReadDocuments extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};
  public static final TupleTag<Rejected> REJECTED = new TupleTag<>() {};

  private final List<String> patterns;
  private final String timeZone;

  private ReadDocuments(List<String> patterns, String timeZone) {
    this.patterns = patterns;
    this.timeZone = timeZone;
  }

  /** @param timeZone the zone that full timestamps are reduced to a date in */
  public static ReadDocuments from(List<String> inputs, String timeZone) {
    List<String> patterns = new ArrayList<>();
    for (String input : inputs) {
      patterns.add(asPattern(input));
    }
    return new ReadDocuments(List.copyOf(patterns), timeZone);
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

  @Override
  public PCollectionTuple expand(PBegin input) {
    return input
        .apply("InputPatterns", Create.of(patterns).withCoder(StringUtf8Coder.of()))
        .apply("MatchFiles", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
        .apply("OpenFiles", FileIO.readMatches().withCompression(Compression.AUTO))
        .apply(
            "ParseFiles",
            ParDo.of(new ParseFileFn(timeZone)).withOutputTags(DOCUMENTS, TupleTagList.of(REJECTED)));
  }

  /** Reads one file in the format its name says; never throws for bad content. */
  static final class ParseFileFn extends DoFn<ReadableFile, Document> {
    private final String timeZone;
    private final Counter filesRead = Counters.counter(Counters.FILES_READ);
    private final Counter filesRejected = Counters.counter(Counters.FILES_REJECTED);
    private final Counter filesSkipped = Counters.counter(Counters.FILES_SKIPPED);
    private final Counter documentsRead = Counters.counter(Counters.DOCUMENTS_READ);
    private final Counter documentsRejected = Counters.counter(Counters.DOCUMENTS_REJECTED);
    private final Counter documentsParsed = Counters.counter(Counters.DOCUMENTS_PARSED);
    private final Counter rejectedRecords = Counters.counter(Counters.REJECTED_RECORDS);
    private transient ZoneId zone;

    ParseFileFn(String timeZone) {
      this.timeZone = timeZone;
    }

    @Setup
    public void setup() {
      zone = ZoneId.of(timeZone);
    }

    @ProcessElement
    public void process(@Element ReadableFile file, MultiOutputReceiver out) {
      String source = file.getMetadata().resourceId().toString();
      String name = file.getMetadata().resourceId().getFilename();
      if (name == null || name.startsWith(".") || name.startsWith("_")) {
        // Hidden files and markers such as _SUCCESS or our own _run.json are not articles.
        filesSkipped.inc();
        return;
      }
      switch (InputFormat.of(name)) {
        case PLAIN_TEXT -> readPlainText(file, source, InputFormat.documentId(name), out);
        case JSON_LINES -> readJsonLines(file, source, InputFormat.documentId(name), out);
        default -> rejectFile(out, source, "unsupported file type '" + InputFormat.extension(name)
            + "' (expected .txt, .jsonl, no extension, or those with .gz/.bz2)");
      }
    }

    private void readPlainText(ReadableFile file, String source, String id, MultiOutputReceiver out) {
      byte[] bytes;
      try {
        bytes = file.readFullyAsBytes();
      } catch (IOException e) {
        rejectFile(out, source, "unreadable: " + e);
        return;
      }
      documentsRead.inc();
      try {
        PlainText text = PlainTextFormat.parse(TextDecoding.decode(bytes));
        String date = text.headerDate() == null ? null : explicitDate(text.headerDate());
        filesRead.inc();
        emit(out, new Document(id, date, "", text.body(), source));
      } catch (InvalidInputException e) {
        filesRejected.inc();
        documentsRejected.inc();
        reject(out, Rejected.file(source, e.getMessage()));
      }
    }

    private void readJsonLines(ReadableFile file, String source, String fileId, MultiOutputReceiver out) {
      LineReader lines = null;
      try (InputStream in = new BufferedInputStream(Channels.newInputStream(file.open()), 1 << 16)) {
        lines = new LineReader(in);
        for (byte[] line = lines.next(); line != null; line = lines.next()) {
          readJsonLine(line, lines.lineNumber(), source, fileId, out);
        }
        filesRead.inc();
      } catch (IOException e) {
        long lastLine = lines == null ? 0 : lines.lineNumber();
        String reason = lastLine == 0 ? "unreadable: " + e : "unreadable after line " + lastLine + ": " + e;
        rejectFile(out, source, reason);
      }
    }

    private void readJsonLine(byte[] bytes, long lineNumber, String source, String fileId, MultiOutputReceiver out) {
      if (isBlank(bytes)) {
        return;
      }
      documentsRead.inc();
      try {
        JsonRecord record = JsonLinesFormat.parse(TextDecoding.decode(bytes));
        String id = record.id() == null || record.id().isBlank() ? fileId + ":" + lineNumber : record.id();
        String date = record.date() == null ? null : explicitDate(record.date());
        emit(out, new Document(id, date, record.title(), record.text(), source + ":" + lineNumber));
      } catch (InvalidInputException e) {
        documentsRejected.inc();
        reject(out, new Rejected(source, lineNumber, e.getMessage()));
      }
    }

    private String explicitDate(String raw) throws InvalidInputException {
      LocalDate date = DateExtractor.parseDateField(raw, zone)
          .orElseThrow(() -> new InvalidInputException("invalid date '" + raw + "'"));
      return date.toString();
    }

    private void emit(MultiOutputReceiver out, Document document) {
      documentsParsed.inc();
      out.get(DOCUMENTS).output(document);
    }

    private void rejectFile(MultiOutputReceiver out, String source, String reason) {
      filesRejected.inc();
      reject(out, Rejected.file(source, reason));
    }

    private void reject(MultiOutputReceiver out, Rejected rejected) {
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
