package io.daybrief.text;

import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;

/** Input formats, chosen by file name after any compression suffix. */
public enum InputFormat {
  PLAIN_TEXT,
  JSON_LINES,
  /** One web page per file; its article is extracted. */
  HTML,
  /** A WARC archive of fetched pages: one document per HTML response record. */
  WARC,
  UNSUPPORTED;

  /** What the unsupported-type rejection says is expected. */
  public static final String EXPECTED = "expected .txt, .jsonl, .html, .warc, no extension, or those with .gz/.bz2";

  private static final String[] COMPRESSION_SUFFIXES = {".gz", ".bz2"};

  public static InputFormat of(String fileName) {
    String extension = extension(stripCompression(fileName));
    return switch (extension) {
      case "", ".txt", ".text" -> PLAIN_TEXT;
      case ".jsonl", ".ndjson" -> JSON_LINES;
      case ".html", ".htm" -> HTML;
      case ".warc" -> WARC;
      default -> UNSUPPORTED;
    };
  }

  /**
   * A {@code .warc.gz}: gzip per record, read from its raw bytes member by member (never through a
   * stream decompressor, which would lose the record offsets and could not start mid-file).
   */
  public static boolean isGzipWarc(String fileName) {
    return of(fileName) == WARC && fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The file name without compression suffix and without format extension: "000_abc.txt.gz" is "000_abc". */
  public static String documentId(String fileName) {
    String name = stripCompression(fileName);
    return name.substring(0, name.length() - extension(name).length());
  }

  /** The extension including its dot, lower-cased; "" for none (a leading dot does not start one). */
  public static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
  }

  /**
   * Why a file could not be read to its end. A compressed file that stops early (an interrupted
   * download or copy) is the usual case, so it is named as such.
   *
   * @param linesRead JSON Lines read (and used) before the failure; 0 for plain text
   */
  public static String readFailure(String fileName, IOException e, long linesRead) {
    String what = stripCompression(fileName).equals(fileName) ? "unreadable" : "truncated or corrupt compressed file";
    String where = linesRead > 0 ? " after line " + linesRead : "";
    String message = e.getMessage() != null ? e.getMessage()
        : e instanceof EOFException ? "unexpected end of data" : e.getClass().getSimpleName();
    return what + where + ": " + message;
  }

  private static String stripCompression(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String suffix : COMPRESSION_SUFFIXES) {
      if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
        return fileName.substring(0, fileName.length() - suffix.length());
      }
    }
    return fileName;
  }
}
