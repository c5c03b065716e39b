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
import io.daybrief.text.html.ArticleExtractor;
import io.daybrief.text.html.ExtractedArticle;
import io.daybrief.text.warc.WarcEntry;
import io.daybrief.text.warc.WarcPages;
import io.daybrief.text.warc.WarcReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.time.ZoneId;
import java.util.Locale;
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
 * plain-text or HTML file that could be read, a non-blank JSON line, a WARC record) once as parsed,
 * rejected or (WARC records that are not pages) skipped.
 *
 * <p>Web pages: an HTML file is one document, like a plain-text file; a WARC file holds one
 * document per HTML response record, and is read like a JSON Lines file: a record that cannot be
 * used is rejected with its byte offset ({@link Rejected#offset}) and the rest of the file is used.
 * A {@code .warc.gz} is read from its raw bytes, gzip member by gzip member, so that it can also be
 * read in ranges ({@link #readRange}).
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
  private final Counter documentsSkipped = Counters.counter(Counters.DOCUMENTS_SKIPPED);
  private final ArticleExtractor extractor = new ArticleExtractor();
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
      case HTML -> readHtml(file, source, name, out);
      case WARC -> readWarc(metadata, file, source, name, out);
      default -> rejectFile(out, source, "unsupported file type '" + InputFormat.extension(name)
          + "' (" + InputFormat.EXPECTED + ")");
    }
  }

  private void readPlainText(Opener file, String source, String name, Emitter out) {
    Optional<byte[]> bytes = readWhole(file, source, name, out);
    if (bytes.isEmpty()) {
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

  /** The file's bytes, or empty when it was rejected as unreadable or too large. */
  private Optional<byte[]> readWhole(Opener file, String source, String name, Emitter out) {
    Optional<byte[]> bytes;
    try (InputStream in = Channels.newInputStream(file.open())) {
      bytes = BoundedInput.readAtMost(in, settings.maxDocumentBytes());
    } catch (IOException e) {
      rejectFile(out, source, InputFormat.readFailure(name, e, 0));
      return Optional.empty();
    }
    if (bytes.isEmpty()) {
      rejectFile(out, source, "too large: more than " + settings.maxDocumentBytes() + " bytes (--maxDocumentBytes)");
    }
    return bytes;
  }

  /**
   * One page, one document: its id the file name's, its source the page's own URL (canonical link
   * or og:url) when it states an http(s) one, else the file.
   */
  private void readHtml(Opener file, String source, String name, Emitter out) {
    Optional<byte[]> bytes = readWhole(file, source, name, out);
    if (bytes.isEmpty()) {
      return;
    }
    try {
      ExtractedArticle article = extractor.extract(bytes.get(), null, null);
      String date = article.published() == null ? null : explicitDate(article.published());
      String pageSource = isWebUrl(article.url()) ? article.url() : source;
      filesAccepted.inc();
      documentsRead.inc();
      emit(out, new Document(InputFormat.documentId(name), date, titleOf(article), article.body(), pageSource),
          article.published());
    } catch (InvalidInputException e) {
      rejectFile(out, source, e.getMessage());
    }
  }

  /**
   * Every record of a WARC file: pages to documents, other records skipped and counted, broken
   * ones rejected with their offset. A file without a single record is rejected as a whole.
   */
  private void readWarc(Metadata metadata, Opener file, String source, String name, Emitter out) {
    boolean gzip = InputFormat.isGzipWarc(name);
    long[] records = {0};
    long[] lastOffset = {0};
    try (InputStream in = Channels.newInputStream(
            gzip ? FileSystems.open(metadata.resourceId()) : file.open());
        WarcReader reader = gzip ? WarcReader.openGzip(in, settings.maxDocumentBytes())
            : WarcReader.openPlain(in, settings.maxDocumentBytes())) {
      readWarcEntries(reader, source, Long.MAX_VALUE, records, lastOffset, out);
    } catch (IOException e) {
      if (records[0] > 0) {
        records[0]++;
        documentsRead.inc();
        rejectRecord(out, Rejected.warcRecord(source, lastOffset[0],
            InputFormat.readFailure(name, e, 0) + " (after the record at this offset)"));
      } else {
        rejectFile(out, source, InputFormat.readFailure(name, e, 0));
        return;
      }
    }
    if (records[0] == 0) {
      rejectFile(out, source, "no WARC records");
    } else {
      filesAccepted.inc();
    }
  }

  /** The entries starting before {@code end}, each counted as a record. */
  private void readWarcEntries(WarcReader reader, String file, long end, long[] records, long[] lastOffset, Emitter out)
      throws IOException {
    for (WarcEntry entry = reader.next(); entry != null && entry.offset() < end; entry = reader.next()) {
      records[0]++;
      lastOffset[0] = entry.offset();
      readWarcEntry(entry, file, out);
    }
  }

  private void readWarcEntry(WarcEntry entry, String file, Emitter out) {
    documentsRead.inc();
    WarcPages.Outcome outcome = WarcPages.classify(entry, settings.maxDocumentBytes());
    if (outcome instanceof WarcPages.Page page) {
      try {
        ExtractedArticle article = extractor.extract(page.html(), page.charset(), page.url());
        String date = article.published() == null ? null : explicitDate(article.published());
        emit(out, new Document(page.id(), date, titleOf(article), article.body(), page.url(), fetchDate(page.fetchDate())),
            article.published());
      } catch (InvalidInputException e) {
        rejectRecord(out, Rejected.warcRecord(file, page.offset(), withUrl(e.getMessage(), page.url())));
      }
    } else if (outcome instanceof WarcPages.Skipped skipped) {
      documentsSkipped.inc();
      Counters.counter(Counters.SKIPPED_PREFIX + skipped.kind().replaceAll("[^A-Za-z0-9]+", "-")).inc();
    } else {
      WarcPages.Rejected rejected = (WarcPages.Rejected) outcome;
      rejectRecord(out, Rejected.warcRecord(file, rejected.offset(), withUrl(rejected.reason(), rejected.url())));
    }
  }

  private static String withUrl(String reason, String url) {
    return url == null || url.isBlank() ? reason : reason + " (" + url + ")";
  }

  private static String titleOf(ExtractedArticle article) {
    return article.title() == null ? "" : article.title();
  }

  /** WARC-Date as a date in the run's zone; null when it is missing or not a date. */
  private String fetchDate(String warcDate) {
    if (warcDate == null) {
      return null;
    }
    try {
      return explicitDate(warcDate);
    } catch (InvalidInputException e) {
      return null;
    }
  }

  /** Whether {@code url} is an absolute http or https URL: what a reader can follow. */
  public static boolean isWebUrl(String url) {
    if (url == null) {
      return false;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    return (lower.startsWith("http://") || lower.startsWith("https://")) && url.length() > "https://".length()
        && url.chars().noneMatch(c -> c <= ' ');
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

  /**
   * Reads the JSON lines of one range of a file, or the WARC records that start in one range of a
   * {@code .warc.gz}; a failure to read is a rejected record at the line or offset it stopped at.
   */
  public void readRange(ReadDocuments.FileRange range, Emitter out) {
    ResourceId file = FileSystems.matchNewResource(range.file(), false);
    String name = file.getFilename();
    if (InputFormat.isGzipWarc(name)) {
      readWarcRange(range, file, name, out);
      return;
    }
    LineReader lines = new LineReader(InputStream.nullInputStream(), settings.maxDocumentBytes(), range.linesBefore());
    try (InputStream in = openAt(file, range.start())) {
      lines = new LineReader(BoundedInput.limit(in, range.end() - range.start()), settings.maxDocumentBytes(),
          range.linesBefore());
      readJsonLines(lines, range.file(), InputFormat.documentId(name), out);
    } catch (IOException e) {
      documentsRead.inc();
      rejectRecord(out, new Rejected(range.file(), lines.lineNumber() + 1,
          InputFormat.readFailure(name, e, lines.lineNumber())));
    }
  }

  /**
   * The records whose gzip member starts in the range: the reader skips to the first member at or
   * after its start (but in the first range, where a file that is not gzip at all must be reported).
   */
  private void readWarcRange(ReadDocuments.FileRange range, ResourceId file, String name, Emitter out) {
    long[] records = {0};
    long[] lastOffset = {range.start()};
    try (InputStream in = openAt(file, range.start())) {
      try (WarcReader reader = WarcReader.openGzip(in, range.start(), range.start() > 0, settings.maxDocumentBytes())) {
        readWarcEntries(reader, range.file(), range.end(), records, lastOffset, out);
      }
    } catch (IOException e) {
      documentsRead.inc();
      rejectRecord(out, Rejected.warcRecord(range.file(), lastOffset[0], InputFormat.readFailure(name, e, 0)));
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

  /** The file's bytes from {@code offset} on, seeking where the file system can. */
  private static InputStream openAt(ResourceId file, long offset) throws IOException {
    ReadableByteChannel channel = FileSystems.open(file);
    try {
      if (channel instanceof SeekableByteChannel seekable) {
        seekable.position(offset);
        return Channels.newInputStream(channel);
      }
      InputStream in = Channels.newInputStream(channel);
      in.skipNBytes(offset);
      return in;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }
}
