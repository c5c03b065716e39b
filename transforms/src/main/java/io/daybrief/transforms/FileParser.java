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
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.time.ZoneId;
import java.util.Optional;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult.Metadata;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;

/**
 * Files and ranges of files to documents or rejections, with the reading counters: the one parser
 * of the batch reader ({@link ReadDocuments}) and the streaming watch ({@link WatchedFilesSource}).
 * A plain object: the caller opens the file and says where documents and rejections go. Never
 * throws for bad content.
 *
 * <p>Every file is counted once as skipped (hidden), accepted or rejected; every record read (a
 * plain-text file that could be read, a non-blank JSON line) once as parsed or rejected.
 */
public final class FileParser {

  /** Opens a file for reading, decompressed. */
  public interface Opener {
    ReadableByteChannel open() throws IOException;
  }

  /** Where the parser sends what it reads. */
  public interface Emitter {
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

  private final Counter filesAccepted = Counters.counter(Counters.FILES_ACCEPTED);
  private final Counter filesRejected = Counters.counter(Counters.FILES_REJECTED);
  private final Counter filesSkipped = Counters.counter(Counters.FILES_SKIPPED);
  private final Counter documentsRead = Counters.counter(Counters.DOCUMENTS_READ);
  private final Counter documentsRejected = Counters.counter(Counters.DOCUMENTS_REJECTED);
  private final Counter documentsParsed = Counters.counter(Counters.DOCUMENTS_PARSED);
  private final Counter rejectedRecords = Counters.counter(Counters.REJECTED_RECORDS);
  private final Counter replacedSurrogates = Counters.counter(Counters.REPLACED_SURROGATES);
  private final ReadDocuments.Settings settings;
  private final ZoneId zone;

  public FileParser(ReadDocuments.Settings settings) {
    this.settings = settings;
    this.zone = ZoneId.of(settings.timeZone());
  }

  /** Reads one file in the format its name says; never throws for bad content. */
  public void read(Metadata metadata, Opener file, Emitter out) {
    String source = metadata.resourceId().toString();
    String name = metadata.resourceId().getFilename();
    if (InputFiles.isHidden(name)) {
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

  private void readPlainText(Opener file, String source, String name, Emitter out) {
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
      String date = text.headerDate() == null ? null : explicitDate(text.headerDate());
      filesAccepted.inc();
      documentsRead.inc();
      emit(out, new Document(InputFormat.documentId(name), date, "", text.body(), source), text.headerDate());
    } catch (InvalidInputException e) {
      rejectFile(out, source, e.getMessage());
    }
  }

  private void readJsonLines(Opener file, String source, String name, Emitter out) {
    LineReader lines = null;
    try (InputStream in = Channels.newInputStream(file.open())) {
      lines = new LineReader(in, settings.maxDocumentBytes());
      long read = readJsonLines(lines, source, InputFormat.documentId(name), out);
      if (read == 0) {
        rejectFile(out, source, lines.lineNumber() == 0 ? "empty file" : "no records: only blank lines");
      } else {
        filesAccepted.inc();
      }
    } catch (IOException e) {
      rejectFile(out, source, InputFormat.readFailure(name, e, lines == null ? 0 : lines.lineNumber()));
    }
  }

  /** Reads the JSON lines of one range of a file; a failure to read is a rejected record at the line it stopped at. */
  public void readRange(ReadDocuments.FileRange range, Emitter out) {
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
      readJsonLines(lines, range.file(), InputFormat.documentId(name), out);
    } catch (IOException e) {
      documentsRead.inc();
      rejectRecord(out, new Rejected(range.file(), lines.lineNumber() + 1,
          InputFormat.readFailure(name, e, lines.lineNumber())));
    }
  }

  private String explicitDate(String written) throws InvalidInputException {
    return DateExtractor.explicitDate(written, zone).toString();
  }

  /** Every line to a document or a rejection; returns the number of records (lines not blank). */
  private long readJsonLines(LineReader lines, String source, String fileId, Emitter out) throws IOException {
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

  private void emit(Emitter out, Document document, String writtenDate) {
    documentsParsed.inc();
    out.document(document, writtenDate);
  }

  private void rejectFile(Emitter out, String source, String reason) {
    filesRejected.inc();
    rejectedRecords.inc();
    out.rejected(Rejected.file(source, reason));
  }

  private void rejectRecord(Emitter out, Rejected rejected) {
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
