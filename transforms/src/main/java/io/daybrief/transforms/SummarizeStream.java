package io.daybrief.transforms;

import io.daybrief.model.DayRecord;
import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.model.SummaryRevision;
import io.daybrief.text.DateFilter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The streaming summarization, without I/O. Input: documents timestamped at their date's midnight
 * (explicit date or none), with a watermark that follows them. Output: {@link #SUMMARIES}, revisions
 * of each date (a date being the day a sentence reports, or its article's date), and {@link
 * #REJECTED}: undated and late documents.
 *
 * <p>Final-pane equivalence: when every document of a date arrives before the watermark passes
 * the date, documents arrive in date order, and the IDF window and the dedupe retention cover the
 * stream, the last revision of each date d equals the batch summary of the same documents with
 * {@code --to=d+W} and the same dating, W the report window (0 by publication; see docs/streaming.md). {@link #withSeeds} adds the records of earlier dates (of
 * the archive state) that the first dates count and dedupe against, as batch runs with {@code --state} do.
 */
public final class SummarizeStream extends PTransform<PCollection<Document>, PCollectionTuple> {
  public static final TupleTag<SummaryRevision> SUMMARIES = new TupleTag<>() {};
  public static final TupleTag<Rejected> REJECTED = RejectLateDocuments.REJECTED;

  /** What the composition needs from the options. */
  public record Settings(CollectDayPanes.Settings panes, SummarizeDayPanes.Settings summaries) {}

  private final Settings settings;
  private final PCollection<DayRecord> seeds;

  public SummarizeStream(Settings settings) {
    this(settings, null);
  }

  private SummarizeStream(Settings settings, PCollection<DayRecord> seeds) {
    this.settings = settings;
    this.seeds = seeds;
  }

  /** The same composition, its dates summarized against {@code records} too (see {@link SummarizeDayPanes#withSeeds}). */
  public SummarizeStream withSeeds(PCollection<DayRecord> records) {
    return new SummarizeStream(settings, records);
  }

  @Override
  public PCollectionTuple expand(PCollection<Document> documents) {
    PCollectionTuple checked = documents
        .apply("ResolveDates", new ResolveDates(new DateFilter(null, null, true)))
        .apply("RejectLateDocuments", new RejectLateDocuments(settings.summaries().clock(), settings.summaries().dates().windowDays()));
    PCollection<SummaryRevision> summaries = checked.get(RejectLateDocuments.DOCUMENTS)
        .apply("NormalizeParagraphs", new NormalizeParagraphs())
        .apply("SplitSentences", new SplitSentences())
        .apply("CollectDayPanes", new CollectDayPanes(settings.panes()))
        .apply("SummarizeDayPanes", seeds == null ? new SummarizeDayPanes(settings.summaries())
            : new SummarizeDayPanes(settings.summaries()).withSeeds(seeds));
    return PCollectionTuple.of(SUMMARIES, summaries).and(REJECTED, checked.get(RejectLateDocuments.REJECTED));
  }
}
