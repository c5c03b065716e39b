package io.daybrief.text.warc;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One WARC record (WARC 1.0 and 1.1): its named header fields and its content block, which for
 * a {@code response} record is the HTTP response as fetched.
 *
 * @param headers the header fields, looked up without regard to case
 */
public record WarcRecord(long offset, String version, Map<String, String> headers, byte[] content)
    implements WarcEntry {
  public WarcRecord {
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    headers = Collections.unmodifiableMap(copy);
  }

  public String header(String name) {
    return headers.get(name);
  }

  /** {@code WARC-Type}: warcinfo, response, request, metadata, resource, revisit, ... */
  public String type() {
    return headers.getOrDefault("WARC-Type", "");
  }

  public String targetUri() {
    String uri = headers.get("WARC-Target-URI");
    // WARC 1.0 examples wrap the URI in angle brackets; 1.1 does not.
    return uri != null && uri.startsWith("<") && uri.endsWith(">") ? uri.substring(1, uri.length() - 1) : uri;
  }

  /** {@code WARC-Date}: when the page was fetched, not when it was published. */
  public String date() {
    return headers.get("WARC-Date");
  }

  public String recordId() {
    return headers.get("WARC-Record-ID");
  }
}
