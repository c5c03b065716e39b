package io.daybrief.text.warc;

import io.daybrief.text.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a WARC entry means for the job: an HTML page to extract, a record skipped (other record
 * types, non-HTML payloads, redirects and errors; counted by {@link Skipped#kind}), or a rejected
 * record with its reason.
 */
public final class WarcPages {
  private static final int ID_HEX_CHARS = 16;

  private WarcPages() {}

  public sealed interface Outcome permits Page, Skipped, Rejected {}

  /**
   * An HTML page fetched with status 200.
   *
   * @param id {@link #documentId} of the URL
   * @param charset the charset of the HTTP Content-Type header, or null
   * @param fetchDate WARC-Date: a last resort for the publication date, counted apart
   */
  public record Page(String id, String url, String fetchDate, byte[] html, String charset, long offset)
      implements Outcome {}

  /** @param kind a counter name: "warcinfo", "request", "metadata", "non-HTML response", "HTTP status 404", ... */
  public record Skipped(String kind, String url, long offset) implements Outcome {}

  /** @param source the URL when known, else {@code <file>@<offset>} is the caller's to make */
  public record Rejected(String url, String reason, long offset) implements Outcome {}

  public static Outcome classify(WarcEntry entry, long maxDocumentBytes) {
    if (entry instanceof WarcProblem problem) {
      return new Rejected(problem.targetUri(), problem.reason(), problem.offset());
    }
    WarcRecord record = (WarcRecord) entry;
    String type = record.type().toLowerCase(java.util.Locale.ROOT);
    if (!type.equals("response")) {
      return new Skipped(type.isEmpty() ? "untyped record" : type, record.targetUri(), record.offset());
    }
    String url = record.targetUri();
    if (url == null || url.isBlank()) {
      return new Rejected(null, "response record without WARC-Target-URI", record.offset());
    }
    String contentType = record.header("Content-Type");
    if (contentType != null && !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/http")) {
      return new Skipped("non-HTTP response", url, record.offset());
    }
    HttpResponse response;
    try {
      response = HttpResponse.parse(record.content(), maxDocumentBytes);
    } catch (InvalidInputException e) {
      return new Rejected(url, e.getMessage(), record.offset());
    }
    if (response.status() != 200) {
      return new Skipped("HTTP status " + response.status(), url, record.offset());
    }
    if (!response.isHtml()) {
      return new Skipped("non-HTML response", url, record.offset());
    }
    return new Page(documentId(url), url, record.date(), response.body(), response.charset(), record.offset());
  }

  /** A stable id for a page: the first 16 hex digits of the SHA-256 of its URL. */
  public static String documentId(String url) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, ID_HEX_CHARS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
