package io.daybrief.transforms;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/** Names of the Beam counters every stage reports; the end-of-run report reads them back. */
public final class Counters {
  public static final String NAMESPACE = "daybrief";

  /** Every file the inputs matched: {@code matched = skipped + outsideDates + accepted + rejected}. */
  public static final String FILES_MATCHED = "files.matched";
  /** Hidden files and markers (name starting with '.' or '_'), not read. */
  public static final String FILES_SKIPPED = "files.skipped";
  /** Files in an archive partition (a date in the path) that the run's dates leave out: matched, never opened. */
  public static final String FILES_OUTSIDE_DATES = "files.outsideDates";
  public static final String FILES_ACCEPTED = "files.accepted";
  /** Files unusable as a whole: one line each, without a line number, in rejected.jsonl. */
  public static final String FILES_REJECTED = "files.rejected";
  /** Lines written to rejected.jsonl: {@code files.rejected + documents.rejected}. */
  public static final String REJECTED_RECORDS = "rejected.records";
  /**
   * Records read: a plain-text or HTML file that could be read, a non-blank JSON line, a WARC record.
   * {@code read = parsed + rejected + skipped}.
   */
  public static final String DOCUMENTS_READ = "documents.read";
  /**
   * JSON lines and WARC records unusable on their own: one line each, with its line number or
   * record offset, in rejected.jsonl.
   */
  public static final String DOCUMENTS_REJECTED = "documents.rejected";
  public static final String DOCUMENTS_PARSED = "documents.parsed";
  /**
   * WARC records that are not pages: requests, metadata, warcinfo, non-HTML or non-200 responses.
   * Read and counted, never documents: {@code documents.read = parsed + rejected + skipped}.
   */
  public static final String DOCUMENTS_SKIPPED = "documents.skipped";
  /** Per kind of skipped WARC record: {@code skipped.request}, {@code skipped.non-HTML-response}, ... */
  public static final String SKIPPED_PREFIX = "skipped.";
  /** Lone surrogates (from JSON escapes such as "\ud800") replaced by U+FFFD in records that were used. */
  public static final String REPLACED_SURROGATES = "text.replacedSurrogates";
  public static final String DOCUMENTS_FILTERED = "documents.filtered";
  public static final String DOCUMENTS_ACCEPTED = "documents.accepted";
  public static final String DATED_EXPLICIT = "dates.explicit";
  /** Documents without a date of their own, dated by the archive partition in their path. */
  public static final String DATED_FROM_PATH = "dates.fromPath";
  public static final String DATED_FROM_TEXT = "dates.fromText";
  /** Web pages dated by their fetch time (WARC-Date), having no date of their own nor one in their text. */
  public static final String DATED_FROM_FETCH = "dates.fromFetch";
  public static final String UNDATED = "dates.undated";
  public static final String PARAGRAPHS_READ = "paragraphs.read";
  public static final String PARAGRAPHS_KEPT = "paragraphs.kept";
  public static final String BOILERPLATE_PREFIX = "boilerplate.";
  public static final String DUPLICATES_EXACT = "duplicates.exact";
  /** Sentences dropped as near copies of an earlier sentence. */
  public static final String DUPLICATES_NEAR = "duplicates.near";
  /** Boilerplate rule applied in dedupe rather than per document: text repeated across many documents and dates. */
  public static final String TEMPLATE_RULE = "template";
  public static final String SENTENCES = "sentences";
  public static final String DATES_SUMMARIZED = "dates.summarized";
  public static final String SUMMARY_SENTENCES = "summary.sentences";
  /** Streaming: documents whose date's window had expired (watermark past its end plus the allowed lateness). */
  public static final String DOCUMENTS_LATE = "documents.late";
  /** Streaming: documents without a date, which a stream cannot place in event time. */
  public static final String DOCUMENTS_UNDATED_STREAMING = "documents.undatedInStream";
  /** Streaming: summary revisions emitted (every pane of every date). */
  public static final String SUMMARY_REVISIONS = "summary.revisions";

  private Counters() {}

  public static Counter counter(String name) {
    return Metrics.counter(NAMESPACE, name);
  }
}
