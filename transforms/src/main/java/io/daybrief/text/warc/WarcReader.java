package io.daybrief.text.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the records of a WARC file, plain ({@code .warc}) or gzip per record ({@code .warc.gz},
 * a sequence of gzip members, as CC-NEWS and every crawler writes them). Each call to {@link #next}
 * gives a record or, for a record it cannot use, a {@link WarcProblem} with the reason; it then
 * carries on with the next record it can find, so one broken record does not cost the file.
 *
 * <p>Splitting a large {@code .warc.gz}: {@link #openGzip(InputStream, long, boolean, long)} at any byte
 * offset with {@code sync} skips to the first gzip member there that holds a WARC record; read
 * the entries whose {@link WarcEntry#offset()} lies before the split's end (the last one may run
 * past it). Adjacent splits then read every record exactly once. {@link #memberOffsets} lists the
 * exact member boundaries when one pass over the file is affordable.
 */
public final class WarcReader implements Closeable {
  /** A header line longer than this is not a WARC header; it is not held further. */
  static final int MAX_HEADER_LINE = 64 * 1024;
  static final int MAX_HEADER_FIELDS = 1000;
  private static final int COPY_BUFFER = 64 * 1024;

  private final PositionedSource source;
  private final boolean gzip;
  private final long maxContentBytes;
  /** The member being read (gzip only), null between members. */
  private GzipMemberStream member;
  private long memberOffset;
  /** A version line found while looking for the next record of a plain file. */
  private String pendingVersionLine;
  private long pendingOffset;
  private boolean needsSync;
  private final InputStream closeable;

  private WarcReader(InputStream in, long startOffset, boolean gzip, long maxContentBytes, boolean sync) {
    this.source = new PositionedSource(in, startOffset);
    this.gzip = gzip;
    this.maxContentBytes = maxContentBytes;
    this.needsSync = sync;
    this.closeable = in;
  }

  /**
   * @param maxContentBytes a record whose content block is larger is reported as a problem and
   *     skipped without being held in memory
   */
  public static WarcReader openPlain(InputStream in, long maxContentBytes) {
    return new WarcReader(in, 0, false, maxContentBytes, false);
  }

  public static WarcReader openGzip(InputStream in, long maxContentBytes) {
    return new WarcReader(in, 0, true, maxContentBytes, false);
  }

  /**
   * A {@code .warc.gz} read from {@code startOffset} (the stream is positioned there).
   *
   * @param sync true when the offset may fall inside a member: the reader then starts at the first
   *     member after it that inflates to a WARC record
   */
  public static WarcReader openGzip(InputStream in, long startOffset, boolean sync, long maxContentBytes) {
    return new WarcReader(in, startOffset, true, maxContentBytes, sync);
  }

  /** The offset of every gzip member of a {@code .warc.gz}, in one pass that holds no record. */
  public static List<Long> memberOffsets(InputStream in) throws IOException {
    PositionedSource source = new PositionedSource(in, 0);
    List<Long> offsets = new ArrayList<>();
    while (source.fill()) {
      offsets.add(source.offset());
      try (GzipMemberStream member = new GzipMemberStream(source)) {
        member.skipToEnd();
      }
    }
    return offsets;
  }

  /** The next record or problem, or null at the end of the input. */
  public WarcEntry next() throws IOException {
    return gzip ? nextGzip() : nextPlain();
  }

  private WarcEntry nextGzip() throws IOException {
    while (true) {
      if (member == null) {
        if (needsSync) {
          if (!syncToRecordMember()) {
            return null;
          }
          needsSync = false;
        }
        if (!source.fill()) {
          return null;
        }
        memberOffset = source.offset();
        try {
          member = new GzipMemberStream(source);
        } catch (IOException e) {
          needsSync = true;
          return new WarcProblem(memberOffset, null, "corrupt compressed record: " + e.getMessage());
        }
      }
      WarcEntry entry;
      try {
        entry = readRecord(member, memberOffset);
      } catch (IOException e) {
        closeMember();
        needsSync = true;
        return new WarcProblem(memberOffset, null, describe(e));
      }
      if (entry == null) {
        closeMember();
        continue; // the member is done; records usually sit one per member
      }
      if (entry instanceof WarcProblem) {
        try {
          member.skipToEnd();
        } catch (IOException e) {
          needsSync = true;
        }
        closeMember();
      }
      return entry;
    }
  }

  private void closeMember() {
    if (member != null) {
      member.close();
      member = null;
    }
  }

  /**
   * Moves the source to the next gzip member whose content starts with a WARC version line.
   * Bytes {@code 1f 8b 08} also occur inside compressed data; inflating the candidate's first
   * bytes tells a real member from a chance match.
   */
  private boolean syncToRecordMember() throws IOException {
    while (source.ensure(PROBE_BYTES)) {
      int start = source.bufferedStart();
      int length = source.bufferedLength();
      if (GzipMemberStream.startsAt(source.buffer(), start, length) && inflatesToRecord(start, length)) {
        return true;
      }
      source.skip(1);
    }
    return false;
  }

  /** Enough compressed bytes to inflate the first bytes of a record behind any usual gzip header. */
  private static final int PROBE_BYTES = 4096;

  /** Whether the bytes at {@code start} inflate to "WARC/"; the source does not move. */
  private boolean inflatesToRecord(int start, int length) {
    byte[] copy = new byte[length];
    System.arraycopy(source.buffer(), start, copy, 0, length);
    PositionedSource probeSource = new PositionedSource(new ByteArrayInputStream(copy), 0);
    try (GzipMemberStream probe = new GzipMemberStream(probeSource)) {
      byte[] head = new byte[5];
      int n = 0;
      while (n < head.length) {
        int read = probe.read(head, n, head.length - n);
        if (read < 0) {
          break;
        }
        n += read;
      }
      return n == head.length && new String(head, StandardCharsets.US_ASCII).equals("WARC/");
    } catch (IOException e) {
      return false;
    }
  }

  private WarcEntry nextPlain() throws IOException {
    InputStream in = plainStream();
    String versionLine;
    long offset;
    if (pendingVersionLine != null) {
      versionLine = pendingVersionLine;
      offset = pendingOffset;
      pendingVersionLine = null;
    } else {
      versionLine = readNonBlankLine(in);
      if (versionLine == null) {
        return null;
      }
      offset = lineStart;
      if (!versionLine.startsWith("WARC/")) {
        return resyncPlain(in, offset, "not a WARC record: '" + shortened(versionLine) + "'");
      }
    }
    try {
      WarcEntry entry = readRecordAfterVersion(in, versionLine, offset);
      if (entry instanceof WarcProblem problem && problem.reason().startsWith("malformed")) {
        // the rest of this record cannot be told from the next: look for the next version line
        return resyncPlain(in, offset, problem.reason(), problem.targetUri());
      }
      return entry;
    } catch (EOFException e) {
      return new WarcProblem(offset, null, describe(e));
    }
  }

  private WarcProblem resyncPlain(InputStream in, long offset, String reason) throws IOException {
    return resyncPlain(in, offset, reason, null);
  }

  /** Skips lines until the next WARC version line, which the next call starts from. */
  private WarcProblem resyncPlain(InputStream in, long offset, String reason, String uri) throws IOException {
    while (true) {
      String line = readLine(in);
      if (line == null) {
        break;
      }
      if (line.startsWith("WARC/1.")) {
        pendingVersionLine = line;
        pendingOffset = lineStart;
        break;
      }
    }
    return new WarcProblem(offset, uri, reason);
  }

  private InputStream plainStream() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        return source.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return source.read(b, off, len);
      }
    };
  }

  /** A record from the stream, or null when it ends before a record starts. */
  private WarcEntry readRecord(InputStream in, long offset) throws IOException {
    String versionLine = readNonBlankLine(in);
    if (versionLine == null) {
      return null;
    }
    if (!versionLine.startsWith("WARC/")) {
      return new WarcProblem(offset, null, "not a WARC record: '" + shortened(versionLine) + "'");
    }
    return readRecordAfterVersion(in, versionLine, offset);
  }

  private WarcEntry readRecordAfterVersion(InputStream in, String versionLine, long offset) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    String lastName = null;
    while (true) {
      String line = readLine(in);
      if (line == null) {
        throw new EOFException("truncated record: the header ends early");
      }
      if (lastLineTooLong) {
        return new WarcProblem(offset, headerIgnoringCase(headers, "WARC-Target-URI"),
            "malformed record header: a line longer than " + MAX_HEADER_LINE + " bytes");
      }
      if (line.isEmpty()) {
        break;
      }
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && lastName != null) {
        headers.merge(lastName, " " + line.strip(), String::concat); // a folded continuation line
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        return new WarcProblem(offset, headers.get("WARC-Target-URI"),
            "malformed record header: '" + shortened(line) + "'");
      }
      if (headers.size() >= MAX_HEADER_FIELDS) {
        return new WarcProblem(offset, null, "malformed record header: more than " + MAX_HEADER_FIELDS + " fields");
      }
      lastName = line.substring(0, colon).strip();
      headers.put(lastName, line.substring(colon + 1).strip());
    }
    String uri = headerIgnoringCase(headers, "WARC-Target-URI");
    String lengthField = headerIgnoringCase(headers, "Content-Length");
    long length;
    try {
      length = Long.parseLong(lengthField == null ? "" : lengthField.strip());
    } catch (NumberFormatException e) {
      return new WarcProblem(offset, uri, "malformed record header: Content-Length "
          + (lengthField == null ? "missing" : "'" + shortened(lengthField) + "'"));
    }
    if (length < 0) {
      return new WarcProblem(offset, uri, "malformed record header: negative Content-Length");
    }
    if (length > maxContentBytes) {
      skipFully(in, length);
      skipRecordEnd(in);

      return new WarcProblem(offset, uri, "too large: record content of " + length + " bytes, more than "
          + maxContentBytes + " bytes (--maxDocumentBytes)");
    }
    byte[] content = new byte[(int) length];
    int read = 0;
    while (read < length) {
      int n = in.read(content, read, (int) length - read);
      if (n < 0) {
        throw new EOFException("truncated record: " + read + " of " + length + " content bytes");
      }
      read += n;
    }
    if (!skipRecordEnd(in)) {
      return new WarcProblem(offset, uri,
          "malformed record: no blank line after its " + length + " content bytes (wrong Content-Length?)");
    }
    return new WarcRecord(offset, versionLine.strip(), headers, content);
  }

  private static String headerIgnoringCase(Map<String, String> headers, String name) {
    for (Map.Entry<String, String> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static void skipFully(InputStream in, long count) throws IOException {
    byte[] scratch = new byte[COPY_BUFFER];
    long left = count;
    while (left > 0) {
      int n = in.read(scratch, 0, (int) Math.min(scratch.length, left));
      if (n < 0) {
        throw new EOFException("truncated record: " + (count - left) + " of " + count + " content bytes");
      }
      left -= n;
    }
  }

  /**
   * The CRLF CRLF after a block. Lenient about bare LFs and about a file or member that ends
   * instead; false when other bytes follow, which means the Content-Length was wrong.
   */
  private boolean skipRecordEnd(InputStream in) throws IOException {
    int lineFeeds = 0;
    for (int i = 0; i < 4 && lineFeeds < 2; i++) {
      int b = in.read();
      if (b < 0) {
        return true;
      }
      if (b == '\n') {
        lineFeeds++;
      } else if (b != '\r') {
        if (!gzip) {
          source.unread(1);
        }
        return false;
      }
    }
    return true;
  }

  /** Whether the line last read was cut at MAX_HEADER_LINE. */
  private boolean lastLineTooLong;

  /** Offset of the first byte of the line last read (plain files only). */
  private long lineStart;

  private String readNonBlankLine(InputStream in) throws IOException {
    while (true) {
      String line = readLine(in);
      if (line == null) {
        return null;
      }
      if (!line.isBlank()) {
        return line;
      }
    }
  }

  /**
   * A line without its CRLF or LF; null at the end of the stream. At most MAX_HEADER_LINE bytes
   * are kept (see {@link #lastLineTooLong}), so binary junk between records costs no memory.
   */
  private String readLine(InputStream in) throws IOException {
    if (!gzip) {
      lineStart = source.offset();
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b = in.read();
    if (b < 0) {
      return null;
    }
    lastLineTooLong = false;
    while (b >= 0 && b != '\n') {
      if (line.size() < MAX_HEADER_LINE) {
        line.write(b);
      } else {
        lastLineTooLong = true; // the rest is read past, never held
      }
      b = in.read();
    }
    byte[] bytes = line.toByteArray();
    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  private static String describe(IOException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof EOFException && !message.startsWith("truncated")) {
      return "truncated record: " + message;
    }
    if (message.startsWith("truncated") || message.startsWith("corrupt") || message.startsWith("malformed")) {
      return message;
    }
    return "unreadable record: " + message;
  }

  private static String shortened(String text) {
    String oneLine = text.replaceAll("\\p{Cntrl}", "?");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "…";
  }

  @Override
  public void close() throws IOException {
    closeMember();
    closeable.close();
  }
}
