package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DailySummary;
import io.daybrief.model.DayDocuments;
import io.daybrief.model.Document;
import io.daybrief.text.DateFilter;
import io.daybrief.text.DaySummarizer;
import io.daybrief.text.IdfHorizon;
import io.daybrief.text.ReportedDates;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The whole batch summarization, without I/O. Input: documents as read (explicit date or none).
 * Output, a tuple of:
 *
 * <ul>
 *   <li>{@link #SUMMARIES}: one {@link DailySummary} per date the run keeps;
 *   <li>{@link #DAYS}: each date's documents after dedupe (the digest counts their paragraphs), by
 *       publication; a date only reported on has none;
 *   <li>{@link #ANALYZED}: every document the run reads and keeps, analyzed, before dedupe (the
 *       archive state's segments are made from them; not the state's recent documents).
 * </ul>
 *
 * <p>With {@link #withHistory}, earlier documents that the run does not read (the archive state)
 * count for IDF and dedupe exactly as if they had been read, and the recent documents the state
 * keeps are summarized again with the run's own. A date's IDF counts the documents published up to
 * its {@link IdfHorizon}.
 */
public final class SummarizeNews extends PTransform<PCollection<Document>, PCollectionTuple> {
  public static final TupleTag<DailySummary> SUMMARIES = new TupleTag<>() {};
  public static final TupleTag<DayDocuments> DAYS = new TupleTag<>() {};
  public static final TupleTag<AnalyzedDocument> ANALYZED = new TupleTag<>() {};

  /**
   * What the composition needs from the options, as plain values the transforms can carry.
   *
   * @param reported which dates a sentence reports on ({@link KeyByReportedDate}); null to date
   *     every sentence by its article's publication
   * @param topDates keep only this many dates, the most important ({@link KeepKeyDates}); 0 for all
   */
  public record Settings(
      DateFilter dates, DedupeParagraphs.Settings dedupe, DaySummarizer.Settings summary, int shards,
      ReportedDates.Rule reported, int topDates) {

    /** Dated by report, a date's IDF counts the articles that can report on it; by publication, those up to it. */
    public IdfHorizon idfHorizon() {
      return new IdfHorizon(reported == null ? 0 : reported.horizonDays());
    }
  }

  private final Settings settings;
  private final PCollectionTuple history;
  private final Set<String> historyDates;
  private final int rewriteDays;

  public SummarizeNews(Settings settings) {
    this(settings, null, Set.of(), 0);
  }

  private SummarizeNews(Settings settings, PCollectionTuple history, Set<String> historyDates, int rewriteDays) {
    this.settings = settings;
    this.history = history;
    this.historyDates = historyDates;
    this.rewriteDays = rewriteDays;
  }

  /**
   * Counts and dedupes against earlier documents too: {@code state} as read by {@link
   * ArchiveState#read}, whose earlier documents have the {@code dates}, none of which the run keeps
   * itself; its {@link ArchiveState#RECENT} documents, of the {@code rewriteDays} days before the
   * run's dates, go with the run's own, and the dates they and the run's report on are summarized.
   */
  public SummarizeNews withHistory(PCollectionTuple state, Set<String> dates, int rewriteDays) {
    return new SummarizeNews(settings, state, Set.copyOf(dates), rewriteDays);
  }

  @Override
  public PCollectionTuple expand(PCollection<Document> documents) {
    PCollection<AnalyzedDocument> own =
        documents
            .apply("ResolveDates", new ResolveDates(settings.dates()))
            .apply("NormalizeParagraphs", new NormalizeParagraphs())
            .apply("SplitSentences", new SplitSentences());
    PCollection<AnalyzedDocument> analyzed = own;
    DedupeParagraphs dedupe = new DedupeParagraphs(settings.dedupe());
    if (history != null) {
      dedupe = dedupe.withHistory(history.get(ArchiveState.TRACES), historyDates);
      analyzed = PCollectionList.of(own).and(history.get(ArchiveState.RECENT))
          .apply("WithRecentDocuments", Flatten.pCollections());
    }
    PCollection<DayDocuments> keptDays = analyzed.apply("DedupeParagraphs", dedupe);
    PCollection<DayDocuments> days = keptDays;
    PCollection<DayDocuments> datesOut = keptDays;
    if (settings.reported() != null) {
      days = days.apply("KeyByReportedDate",
          new KeyByReportedDate(settings.reported(), settings.dates().withDaysBefore(rewriteDays)));
      // A date that only other days' articles report on has a summary, so it is a date of the run too.
      PCollection<DayDocuments> reportedOnly = days.apply("DatesWithoutArticles", new DatesWithoutArticles());
      datesOut = PCollectionList.of(keptDays).and(reportedOnly).apply("WithReportedDates", Flatten.pCollections());
    }
    PCollection<KV<Integer, Map<String, Long>>> frequencies =
        analyzed.apply("CountDocumentFrequencies", new CountDocumentFrequencies(settings.shards()));
    PCollection<Map<String, Long>> documentCount = analyzed.apply("CountDocumentsPerDate", new CountDocumentsPerDate());
    if (history != null) {
      frequencies = PCollectionList.of(frequencies).and(history.get(ArchiveState.FREQUENCIES))
          .apply("WithEarlierFrequencies", Flatten.pCollections());
      documentCount = PCollectionList.of(documentCount).and(history.get(ArchiveState.DOCUMENT_COUNT))
          .apply("WithEarlierDocuments", Flatten.pCollections())
          .apply("SumDocuments", Combine.globally(new SumCountsFn()));
    }
    PCollection<KV<String, Map<String, Long>>> dayFrequencies =
        PCollectionTuple.of(LookupDocumentFrequencies.DAYS, days)
            .and(LookupDocumentFrequencies.FREQUENCIES, frequencies)
            .apply("LookupDocumentFrequencies", new LookupDocumentFrequencies(settings.shards(), settings.idfHorizon()));
    PCollection<DailySummary> summaries = PCollectionTuple.of(SummarizeByDate.DAYS, days)
        .and(SummarizeByDate.FREQUENCIES, dayFrequencies)
        .and(SummarizeByDate.DOCUMENT_COUNT, documentCount)
        .apply("SummarizeByDate", new SummarizeByDate(settings.summary(), settings.idfHorizon()));
    if (settings.topDates() > 0) {
      summaries = summaries.apply("KeepKeyDates", new KeepKeyDates(settings.topDates()));
    }
    return PCollectionTuple.of(SUMMARIES, summaries).and(DAYS, datesOut).and(ANALYZED, own);
  }
}
