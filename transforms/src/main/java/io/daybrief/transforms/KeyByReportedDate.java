package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DayDocuments;
import io.daybrief.model.Paragraph;
import io.daybrief.model.Sentence;
import io.daybrief.text.DateFilter;
import io.daybrief.text.DateKeys;
import io.daybrief.text.ReportedDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Moves each kept sentence to the date it reports ({@link ReportedDates}). Input: each publication
 * date's kept documents (after dedupe). Output: per publication date and each date its sentences
 * report on, the documents holding at least one sentence that reports on that date, each reduced to
 * those sentences and keeping its own id and publication date (so that a summary cites where a
 * sentence came from and counts only the date's own articles). Every document also stays listed
 * under its publication date, with no paragraphs if none of its sentences reports on that day: it
 * still counts as published then. Dates the {@link DateFilter} refuses are dropped; a date that
 * only later articles name becomes a date of its own.
 *
 * <p>A date can come in several elements, one per publication date that reports on it: there is
 * no grouping here, because the consumers ({@link LookupDocumentFrequencies}, {@link
 * SummarizeByDate}) join by date anyway, and a grouping of its own would shuffle the whole corpus
 * once more. Except on the DirectRunner ({@link GatherByKey}), where a join copies a date's
 * documents once per input bundle that holds the date.
 */
public final class KeyByReportedDate extends PTransform<PCollection<DayDocuments>, PCollection<DayDocuments>> {
  private final ReportedDates dates;
  private final DateFilter filter;

  public KeyByReportedDate(ReportedDates.Rule rule, DateFilter filter) {
    this.dates = new ReportedDates(rule);
    this.filter = filter;
  }

  @Override
  public PCollection<DayDocuments> expand(PCollection<DayDocuments> days) {
    PCollection<KV<String, DayDocuments>> parts = days.apply("ReportedDates", ParDo.of(new ReportedDatesFn(dates, filter)));
    return GatherByKey.onDirectRunner("GatherByReportedDate", parts).apply("DropDateKeys", Values.create());
  }

  /**
   * {@code document} split by the dates its sentences report on, each part with the paragraphs
   * (keeping their positions) and sentences of that date; its publication date always present.
   * A sentence's place in the article is counted over the kept paragraphs.
   */
  static Map<String, AnalyzedDocument> byReportedDate(AnalyzedDocument document, ReportedDates dates, DateFilter filter) {
    Map<String, AnalyzedDocument> parts = new TreeMap<>();
    if (DateKeys.UNDATED.equals(document.date())) {
      parts.put(document.date(), document);
      return parts;
    }
    LocalDate published = LocalDate.parse(document.date());
    Map<String, List<Paragraph>> paragraphs = new TreeMap<>();
    int ordinal = 0;
    for (Paragraph paragraph : document.paragraphs()) {
      Map<String, List<Sentence>> byDate = new TreeMap<>();
      for (Sentence sentence : paragraph.sentences()) {
        for (LocalDate date : dates.of(sentence.text(), ordinal, published)) {
          if (filter.accepts(date)) {
            byDate.computeIfAbsent(date.toString(), d -> new ArrayList<>()).add(sentence);
          }
        }
        ordinal++;
      }
      byDate.forEach((date, sentences) ->
          paragraphs.computeIfAbsent(date, d -> new ArrayList<>()).add(paragraph.withSentences(sentences)));
    }
    paragraphs.forEach((date, kept) -> parts.put(date, document.withParagraphs(kept)));
    parts.putIfAbsent(document.date(), document.withParagraphs(List.of()));
    return parts;
  }

  /** A publication date's documents, split by the dates they report on: one element per date. */
  static final class ReportedDatesFn extends DoFn<DayDocuments, KV<String, DayDocuments>> {
    private final ReportedDates dates;
    private final DateFilter filter;

    ReportedDatesFn(ReportedDates dates, DateFilter filter) {
      this.dates = dates;
      this.filter = filter;
    }

    @ProcessElement
    public void process(@Element DayDocuments day, OutputReceiver<KV<String, DayDocuments>> out) {
      Map<String, List<AnalyzedDocument>> byDate = new TreeMap<>();
      for (AnalyzedDocument document : day.documents()) {
        byReportedDate(document, dates, filter)
            .forEach((date, part) -> byDate.computeIfAbsent(date, d -> new ArrayList<>()).add(part));
      }
      byDate.forEach((date, parts) -> out.output(KV.of(date, DayDocuments.sorted(date, parts))));
    }
  }
}
