package io.daybrief.pipeline;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DailySummary;
import io.daybrief.model.DayDocuments;
import io.daybrief.model.Document;
import io.daybrief.text.DateFilter;
import io.daybrief.text.DaySummarizer;
import io.daybrief.transforms.CountDocumentFrequencies;
import io.daybrief.transforms.DedupeParagraphs;
import io.daybrief.transforms.LookupDocumentFrequencies;
import io.daybrief.transforms.NormalizeParagraphs;
import io.daybrief.transforms.ResolveDates;
import io.daybrief.transforms.SplitSentences;
import io.daybrief.transforms.SummarizeByDate;
import java.util.Map;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.POutput;

/**
 * The whole summarization, without I/O. Input: documents as read (explicit date or none).
 * Output: one {@link DailySummary} per date the run keeps.
 */
public final class SummarizeNews extends PTransform<PCollection<Document>, PCollection<DailySummary>> {

  /** What the composition needs from the options, as plain values the transforms can carry. */
  public record Settings(
      DateFilter dates, DedupeParagraphs.Settings dedupe, DaySummarizer.Settings summary, int shards) {}

  private final Settings settings;
  private final PTransform<PCollection<DayDocuments>, ? extends POutput> daysConsumer;

  public SummarizeNews(Settings settings) {
    this(settings, null);
  }

  private SummarizeNews(Settings settings, PTransform<PCollection<DayDocuments>, ? extends POutput> daysConsumer) {
    this.settings = settings;
    this.daysConsumer = daysConsumer;
  }

  /**
   * Also applies {@code consumer} to each date's kept documents (after dedupe), which exist only
   * inside this composite: the digest's per-date counts are taken from them.
   */
  public SummarizeNews withDaysTo(PTransform<PCollection<DayDocuments>, ? extends POutput> consumer) {
    return new SummarizeNews(settings, consumer);
  }

  @Override
  public PCollection<DailySummary> expand(PCollection<Document> documents) {
    PCollection<AnalyzedDocument> analyzed =
        documents
            .apply("ResolveDates", new ResolveDates(settings.dates()))
            .apply("NormalizeParagraphs", new NormalizeParagraphs())
            .apply("SplitSentences", new SplitSentences());
    PCollection<DayDocuments> days = analyzed.apply("DedupeParagraphs", new DedupeParagraphs(settings.dedupe()));
    if (daysConsumer != null) {
      days.apply(daysConsumer);
    }
    PCollection<KV<Integer, Map<String, Long>>> frequencies =
        analyzed.apply("CountDocumentFrequencies", new CountDocumentFrequencies(settings.shards()));
    PCollection<Long> documentCount = analyzed.apply("CountDocuments", Count.globally());
    PCollection<KV<String, Map<String, Long>>> dayFrequencies =
        PCollectionTuple.of(LookupDocumentFrequencies.DAYS, days)
            .and(LookupDocumentFrequencies.FREQUENCIES, frequencies)
            .apply("LookupDocumentFrequencies", new LookupDocumentFrequencies(settings.shards()));
    return PCollectionTuple.of(SummarizeByDate.DAYS, days)
        .and(SummarizeByDate.FREQUENCIES, dayFrequencies)
        .and(SummarizeByDate.DOCUMENT_COUNT, documentCount)
        .apply("SummarizeByDate", new SummarizeByDate(settings.summary()));
  }
}
