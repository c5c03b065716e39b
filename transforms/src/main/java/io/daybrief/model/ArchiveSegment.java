package io.daybrief.model;

import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What one date of the archive contributes to later runs: its document count and document
 * frequencies (for IDF), the trace of each of its documents (for dedupe) and, for the last dates
 * of a state dated by report, the analyzed documents themselves (to summarize again the dates they
 * report on). One file per date in the archive state; see docs/archive.md for the layout of the bytes.
 *
 * <p>The encoding is deterministic: terms sorted, documents sorted by id, gzip without a time
 * stamp, so that the same documents give the same bytes however and whenever they were processed.
 *
 * @param date an ISO date
 * @param documents how many documents the date has
 * @param frequencies per term, on how many of the date's documents it occurs
 * @param traces the documents' traces, sorted by document id; empty once {@link #fingerprintsKept} is false
 * @param fingerprintsKept false when the traces were forgotten (older than the retention period)
 * @param texts the analyzed documents, sorted by id; empty unless {@link #textKept}
 * @param textKept whether the analyzed documents are kept (a date within the state's rewrite window)
 */
public record ArchiveSegment(
    String date, long documents, SortedMap<String, Long> frequencies, List<DocumentTrace> traces,
    boolean fingerprintsKept, List<AnalyzedDocument> texts, boolean textKept) {

  /** First bytes of the uncompressed content: "DBAS" and the format version. */
  static final int MAGIC = 0x44424153;
  /**
   * 2: a CRC-32C of the content after it, so that a damaged segment is noticed before it is used.
   * 3: the analyzed documents of the dates a run dated by report summarizes again.
   * 4: the same layout, written by the rules that strip datelines and read timestamps as no date:
   * a state of format 3 holds paragraphs and dates read by the earlier rules, and a nightly run on
   * it would not equal a full run.
   */
  public static final int FORMAT = 4;

  /** The segment of one date's analyzed documents, without their text. */
  public static ArchiveSegment of(String date, Iterable<AnalyzedDocument> documents, int minWords) {
    return of(date, documents, minWords, false);
  }

  /** The segment of one date's analyzed documents; with {@code keepText}, the documents too. */
  public static ArchiveSegment of(String date, Iterable<AnalyzedDocument> documents, int minWords, boolean keepText) {
    SortedMap<String, Long> frequencies = new TreeMap<>();
    List<DocumentTrace> traces = new ArrayList<>();
    List<AnalyzedDocument> texts = new ArrayList<>();
    for (AnalyzedDocument document : documents) {
      Set<String> distinct = new HashSet<>();
      document.collectTerms(distinct);
      distinct.forEach(term -> frequencies.merge(term, 1L, Long::sum));
      traces.add(DocumentTrace.of(document, minWords));
      if (keepText) {
        texts.add(document);
      }
    }
    traces.sort(Comparator.comparing(DocumentTrace::document));
    texts.sort(Comparator.comparing(AnalyzedDocument::id));
    return new ArchiveSegment(date, traces.size(), frequencies, List.copyOf(traces), true, List.copyOf(texts), keepText);
  }

  /** The same segment without the document traces: what a retention period keeps of an old date. */
  public ArchiveSegment withoutFingerprints() {
    return new ArchiveSegment(date, documents, frequencies, List.of(), false, texts, textKept);
  }

  /** The same segment without the documents' text: what the state keeps of a date before its rewrite window. */
  public ArchiveSegment withoutText() {
    return new ArchiveSegment(date, documents, frequencies, traces, fingerprintsKept, List.of(), false);
  }

  /** The file name of a date's segment in a state version directory. */
  public static String fileName(String date) {
    return "date=" + date + ".seg.gz";
  }

  /** The date of a segment file name, or null when the name is not one. */
  public static String dateOf(String fileName) {
    return fileName.startsWith("date=") && fileName.endsWith(".seg.gz")
        ? fileName.substring("date=".length(), fileName.length() - ".seg.gz".length()) : null;
  }

  public void writeTo(OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(gzip, 1 << 16), new CRC32C());
    DataOutputStream data = new DataOutputStream(checked);
    data.writeInt(MAGIC);
    writeVarLong(data, FORMAT);
    writeString(data, date);
    writeVarLong(data, documents);
    data.writeBoolean(fingerprintsKept);
    data.writeBoolean(textKept);
    writeVarLong(data, frequencies.size());
    Map<String, Integer> termIndex = new HashMap<>();
    for (Map.Entry<String, Long> term : frequencies.entrySet()) {
      termIndex.put(term.getKey(), termIndex.size());
      writeString(data, term.getKey());
      writeVarLong(data, term.getValue());
    }
    writeVarLong(data, traces.size());
    for (DocumentTrace trace : traces) {
      writeString(data, trace.document());
      writeVarLong(data, trace.fingerprints().length);
      for (int p = 0; p < trace.fingerprints().length; p++) {
        data.writeLong(trace.fingerprints()[p]);
        writeVarLong(data, trace.positions()[p]);
      }
      writeVarLong(data, trace.sentences().size());
      for (SentenceShingles sentence : trace.sentences()) {
        writeVarLong(data, sentence.sentence().paragraph());
        writeVarLong(data, sentence.sentence().sentence());
        writeVarLong(data, sentence.shingles().length);
        for (int shingle : sentence.shingles()) {
          data.writeInt(shingle);
        }
      }
    }
    if (textKept) {
      writeVarLong(data, texts.size());
      for (AnalyzedDocument document : texts) {
        writeText(data, document, termIndex);
      }
    }
    data.writeInt((int) checked.getChecksum().getValue());
    data.flush();
    gzip.finish();
  }

  /** A sentence's terms as indexes into the segment's sorted term list, which holds every one of them. */
  private static void writeText(DataOutputStream data, AnalyzedDocument document, Map<String, Integer> termIndex)
      throws IOException {
    writeString(data, document.id());
    data.writeBoolean(document.url() != null);
    if (document.url() != null) {
      writeString(data, document.url());
    }
    writeVarLong(data, document.paragraphs().size());
    for (Paragraph paragraph : document.paragraphs()) {
      writeVarLong(data, paragraph.position());
      data.writeLong(paragraph.fingerprint());
      writeString(data, paragraph.text());
      writeVarLong(data, paragraph.sentences().size());
      for (Sentence sentence : paragraph.sentences()) {
        writeString(data, sentence.text());
        writeVarLong(data, sentence.terms().size());
        for (String term : sentence.terms()) {
          writeVarLong(data, termIndex.get(term));
        }
      }
    }
  }

  private static AnalyzedDocument readText(DataInputStream data, String date, List<String> terms) throws IOException {
    String id = readString(data);
    String url = data.readBoolean() ? readString(data) : null;
    int count = (int) readVarLong(data);
    List<Paragraph> paragraphs = new ArrayList<>(count);
    for (int p = 0; p < count; p++) {
      int position = (int) readVarLong(data);
      long fingerprint = data.readLong();
      String text = readString(data);
      int sentenceCount = (int) readVarLong(data);
      List<Sentence> sentences = new ArrayList<>(sentenceCount);
      for (int i = 0; i < sentenceCount; i++) {
        String sentence = readString(data);
        int termCount = (int) readVarLong(data);
        List<String> sentenceTerms = new ArrayList<>(termCount);
        for (int t = 0; t < termCount; t++) {
          long index = readVarLong(data);
          if (index >= terms.size()) {
            throw new IOException("archive state segment of " + date + ": a term index out of range");
          }
          sentenceTerms.add(terms.get((int) index));
        }
        sentences.add(new Sentence(sentence, List.copyOf(sentenceTerms)));
      }
      paragraphs.add(new Paragraph(position, text, fingerprint, List.copyOf(sentences)));
    }
    return new AnalyzedDocument(id, date, List.copyOf(paragraphs), url);
  }

  /** The first fields of a segment, read without the rest: for the state's index. */
  public record Header(String date, long documents, boolean fingerprintsKept, boolean textKept) {}

  public static Header readHeader(InputStream in) throws IOException {
    return readHeader(new DataInputStream(new GZIPInputStream(in, 512)));
  }

  private static Header readHeader(DataInputStream data) throws IOException {
    if (data.readInt() != MAGIC) {
      throw new IOException("not a daybrief archive state segment");
    }
    long format = readVarLong(data);
    if (format != FORMAT) {
      throw new IOException("archive state segment format " + format + ", this version reads " + FORMAT);
    }
    return new Header(readString(data), readVarLong(data), data.readBoolean(), data.readBoolean());
  }

  /**
   * Reads a whole segment. The checksum is compared before anything is decoded, so that a damaged
   * length cannot make the reader allocate or loop on garbage.
   *
   * @throws IOException also for content that is not a segment, one of another format and one whose
   *     checksum does not match its content (damaged), naming what is wrong
   */
  public static ArchiveSegment readFrom(InputStream in) throws IOException {
    byte[] content = new GZIPInputStream(in, 1 << 16).readAllBytes();
    readHeader(new DataInputStream(new ByteArrayInputStream(content)));
    if (content.length < 4) {
      throw new EOFException("archive state segment ends early");
    }
    int length = content.length - 4;
    CRC32C crc = new CRC32C();
    crc.update(content, 0, length);
    int stored = ByteBuffer.wrap(content, length, 4).getInt();
    if (stored != (int) crc.getValue()) {
      throw new IOException("archive state segment: checksum mismatch, the file is damaged");
    }
    DataInputStream data = new DataInputStream(new ByteArrayInputStream(content, 0, length));
    Header header = readHeader(data);
    String date = header.date();
    long documents = header.documents();
    boolean fingerprintsKept = header.fingerprintsKept();
    SortedMap<String, Long> frequencies = new TreeMap<>();
    List<String> terms = new ArrayList<>();
    for (long t = readVarLong(data); t > 0; t--) {
      String term = readString(data);
      terms.add(term);
      frequencies.put(term, readVarLong(data));
    }
    List<DocumentTrace> traces = new ArrayList<>();
    for (long d = readVarLong(data); d > 0; d--) {
      String document = readString(data);
      int paragraphs = (int) readVarLong(data);
      long[] fingerprints = new long[paragraphs];
      int[] positions = new int[paragraphs];
      for (int p = 0; p < paragraphs; p++) {
        fingerprints[p] = data.readLong();
        positions[p] = (int) readVarLong(data);
      }
      int count = (int) readVarLong(data);
      List<SentenceShingles> sentences = new ArrayList<>(count);
      for (int s = 0; s < count; s++) {
        SentenceRef ref = new SentenceRef(date, document, (int) readVarLong(data), (int) readVarLong(data));
        int[] shingles = new int[(int) readVarLong(data)];
        for (int i = 0; i < shingles.length; i++) {
          shingles[i] = data.readInt();
        }
        sentences.add(new SentenceShingles(ref, shingles));
      }
      traces.add(new DocumentTrace(date, document, fingerprints, positions, List.copyOf(sentences)));
    }
    List<AnalyzedDocument> texts = new ArrayList<>();
    if (header.textKept()) {
      for (long d = readVarLong(data); d > 0; d--) {
        texts.add(readText(data, date, terms));
      }
    }
    if (data.read() != -1) {
      throw new IOException("archive state segment of " + date + " has bytes after its end");
    }
    return new ArchiveSegment(date, documents, frequencies, List.copyOf(traces), fingerprintsKept,
        List.copyOf(texts), header.textKept());
  }

  private static void writeString(DataOutputStream data, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    writeVarLong(data, bytes.length);
    data.write(bytes);
  }

  private static String readString(DataInputStream data) throws IOException {
    byte[] bytes = new byte[(int) readVarLong(data)];
    data.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Unsigned LEB128: counts and positions are small, most take one byte. */
  private static void writeVarLong(DataOutputStream data, long value) throws IOException {
    while ((value & ~0x7FL) != 0) {
      data.writeByte((int) ((value & 0x7F) | 0x80));
      value >>>= 7;
    }
    data.writeByte((int) value);
  }

  private static long readVarLong(DataInputStream data) throws IOException {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = data.read();
      if (b < 0) {
        throw new EOFException("archive state segment ends early");
      }
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("archive state segment: malformed number");
  }
}
