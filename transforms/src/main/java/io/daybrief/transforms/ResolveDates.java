package io.daybrief.transforms;

import io.daybrief.model.Document;
import io.daybrief.text.DateExtractor;
import io.daybrief.text.DateFilter;
import io.daybrief.text.DateKeys;
import io.daybrief.text.PathDates;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Gives every document its date key and keeps those the run asks for. Input: documents with an
 * explicit date or none. Output: documents whose date is the explicit one, else the date of the
 * archive partition their path lies in ({@link PathDates}), else the first absolute date in their
 * opening lines, else the date a web page was fetched ({@link Document#fetchDate}, counted apart:
 * fetch time is not publication time), else {@code undated}; only those the {@link DateFilter}
 * accepts.
 */
public final class ResolveDates extends PTransform<PCollection<Document>, PCollection<Document>> {
  private final DateFilter filter;

  public ResolveDates(DateFilter filter) {
    this.filter = filter;
  }

  @Override
  public PCollection<Document> expand(PCollection<Document> documents) {
    return documents.apply("ResolveDate", ParDo.of(new ResolveDateFn(filter)));
  }

  /**
   * The document's date key: the explicit date, else the first absolute date in its text, else
   * its fetch date, else undated.
   */
  public static String dateOf(Document document) {
    return document.date() != null ? document.date() : fromContent(document).date();
  }

  /** Where a date came from when the document stated none. */
  enum Origin {
    TEXT,
    FETCH,
    NONE
  }

  /** A date found in the document's content, and where. */
  record Found(String date, Origin origin) {}

  /**
   * The one rule after the explicit date (and, in batch, the path): the first absolute date in
   * the text, else the time a crawler fetched the page, else undated.
   */
  static Found fromContent(Document document) {
    Optional<LocalDate> inText = DateExtractor.firstDate(document.text());
    if (inText.isPresent()) {
      return new Found(inText.get().toString(), Origin.TEXT);
    }
    if (document.fetchDate() != null) {
      return new Found(document.fetchDate(), Origin.FETCH);
    }
    return new Found(DateKeys.UNDATED, Origin.NONE);
  }

  static final class ResolveDateFn extends DoFn<Document, Document> {
    private final DateFilter filter;
    private final Counter explicit = Counters.counter(Counters.DATED_EXPLICIT);
    private final Counter fromPath = Counters.counter(Counters.DATED_FROM_PATH);
    private final Counter fromText = Counters.counter(Counters.DATED_FROM_TEXT);
    private final Counter fromFetch = Counters.counter(Counters.DATED_FROM_FETCH);
    private final Counter undated = Counters.counter(Counters.UNDATED);
    private final Counter filtered = Counters.counter(Counters.DOCUMENTS_FILTERED);
    private final Counter accepted = Counters.counter(Counters.DOCUMENTS_ACCEPTED);

    ResolveDateFn(DateFilter filter) {
      this.filter = filter;
    }

    @ProcessElement
    public void process(@Element Document document, OutputReceiver<Document> out) {
      String date = document.date();
      Optional<LocalDate> partition = date == null ? PathDates.of(document.source()) : Optional.empty();
      if (date != null) {
        explicit.inc();
      } else if (partition.isPresent()) {
        date = partition.get().toString();
        fromPath.inc();
      } else {
        Found found = fromContent(document);
        date = found.date();
        (switch (found.origin()) {
          case TEXT -> fromText;
          case FETCH -> fromFetch;
          case NONE -> undated;
        }).inc();
      }
      if (filter.accepts(date)) {
        accepted.inc();
        out.output(document.withDate(date));
      } else {
        filtered.inc();
      }
    }
  }
}
