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
 * frequencies (for IDF), and the trace of each of its documents (for dedupe). One file per date in
 * the archive state; see docs/archive.md for the layout of the bytes.
 *
 * <p>The encoding is deterministic: terms sorted, documents sorted by id, gzip without a time
 * stamp, so that the same documents give the same bytes however and whenever they were processed.
 *
 * @param date an ISO date
 * @param documents how many documents the date has
 * @param frequencies per term, on how many of the date's documents it occurs
 * @param traces the documents' traces, sorted by document id; empty once {@link #fingerprintsKept} is false
 * @param fingerprintsKept false when the traces were forgotten (older than the retention period)
 */
public record ArchiveSegment(
    String date, long documents, SortedMap<String, Long> frequencies, List<DocumentTrace> traces,
    boolean fingerprintsKept) {

  /** First bytes of the uncompressed content: "DBAS" and the format version. */
  static final int MAGIC = 0x44424153;
  /** 2: a CRC-32C of the content after it, so that a damaged segment is noticed before it is used. */
  public static final int FORMAT = 2;

  /** The segment of one date's analyzed documents. */
  public static ArchiveSegment of(String date, Iterable<AnalyzedDocument> documents, int minWords) {
    SortedMap<String, Long> frequencies = new TreeMap<>();
    List<DocumentTrace> traces = new ArrayList<>();
    for (AnalyzedDocument document : documents) {
      Set<String> distinct = new HashSet<>();
      document.collectTerms(distinct);
      distinct.forEach(term -> frequencies.merge(term, 1L, Long::sum));
      traces.add(DocumentTrace.of(document, minWords));
    }
    traces.sort(Comparator.comparing(DocumentTrace::document));
    return new ArchiveSegment(date, traces.size(), frequencies, List.copyOf(traces), true);
  }

  /** The same segment without the document traces: what a retention period keeps of an old date. */
  public ArchiveSegment withoutFingerprints() {
    return new ArchiveSegment(date, documents, frequencies, List.of(), false);
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
    writeVarLong(data, frequencies.size());
    for (Map.Entry<String, Long> term : frequencies.entrySet()) {
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
    data.writeInt((int) checked.getChecksum().getValue());
    data.flush();
    gzip.finish();
  }

  /** The first fields of a segment, read without the rest: for the state's index. */
  public record Header(String date, long documents, boolean fingerprintsKept) {}

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
    return new Header(readString(data), readVarLong(data), data.readBoolean());
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
    for (long t = readVarLong(data); t > 0; t--) {
      frequencies.put(readString(data), readVarLong(data));
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
    if (data.read() != -1) {
      throw new IOException("archive state segment of " + date + " has bytes after its end");
    }
    return new ArchiveSegment(date, documents, frequencies, List.copyOf(traces), fingerprintsKept);
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
