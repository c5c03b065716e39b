package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DayDocuments;
import io.daybrief.model.Paragraph;
import io.daybrief.model.Sentence;
import io.daybrief.text.DateFilter;
import io.daybrief.text.DateKeys;
import io.daybrief.text.MentionedDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Gives each date, besides its own articles, the sentences of the next few days' articles that
 * name it ({@link MentionedDates#reportedBy}): what a day's news was is often written the day
 * after. Input: each date's kept documents. Output: the same dates, each also holding, per later
 * article that names it, that article reduced to its naming sentences (with the article's id and
 * own date, so that a summary cites where a sentence came from and the date's own articles can
 * still be told apart); dates that only later articles name, if the {@link DateFilter} accepts
 * them, become dates of their own.
 */
public final class AddMentioningSentences extends PTransform<PCollection<DayDocuments>, PCollection<DayDocuments>> {
  private static final TupleTag<DayDocuments> DAY = new TupleTag<>() {};
  private static final TupleTag<AnalyzedDocument> MENTIONS = new TupleTag<>() {};

  private final DateFilter filter;
  private final int windowDays;

  /** @param windowDays how many days after a date an article that names it may be published */
  public AddMentioningSentences(DateFilter filter, int windowDays) {
    this.filter = filter;
    this.windowDays = windowDays;
  }

  @Override
  public PCollection<DayDocuments> expand(PCollection<DayDocuments> days) {
    PCollection<KV<String, AnalyzedDocument>> mentions =
        days.apply("FindMentions", ParDo.of(new FindMentionsFn(filter, windowDays)));
    PCollection<KV<String, DayDocuments>> keyed = days.apply(
        "KeyDaysByDate",
        WithKeys.<String, DayDocuments>of(DayDocuments::date).withKeyType(TypeDescriptors.strings()));
    return KeyedPCollectionTuple.of(DAY, keyed)
        .and(MENTIONS, GatherByKey.onDirectRunner("GatherMentions", mentions))
        .apply("JoinMentionsByDate", CoGroupByKey.create())
        .apply("AddMentions", ParDo.of(new AddMentionsFn()));
  }

  /**
   * Per date that {@code document} reports on ({@link MentionedDates#reportedBy}) and {@code
   * filter} accepts, the document reduced to the sentences naming it, each paragraph keeping its
   * position.
   */
  static Map<String, AnalyzedDocument> mentions(AnalyzedDocument document, DateFilter filter, int windowDays) {
    if (DateKeys.UNDATED.equals(document.date())) {
      return Map.of();
    }
    Map<String, List<Paragraph>> paragraphs = new TreeMap<>();
    LocalDate published = LocalDate.parse(document.date());
    for (Paragraph paragraph : document.paragraphs()) {
      Map<String, List<Sentence>> naming = new TreeMap<>();
      for (Sentence sentence : paragraph.sentences()) {
        for (LocalDate date : MentionedDates.reportedBy(sentence.text(), published, windowDays)) {
          if (filter.accepts(date)) {
            naming.computeIfAbsent(date.toString(), d -> new ArrayList<>()).add(sentence);
          }
        }
      }
      naming.forEach((date, sentences) ->
          paragraphs.computeIfAbsent(date, d -> new ArrayList<>()).add(paragraph.withSentences(sentences)));
    }
    Map<String, AnalyzedDocument> reduced = new TreeMap<>();
    paragraphs.forEach((date, kept) -> reduced.put(date, document.withParagraphs(kept)));
    return reduced;
  }

  static final class FindMentionsFn extends DoFn<DayDocuments, KV<String, AnalyzedDocument>> {
    private final DateFilter filter;
    private final int windowDays;

    FindMentionsFn(DateFilter filter, int windowDays) {
      this.filter = filter;
      this.windowDays = windowDays;
    }

    @ProcessElement
    public void process(@Element DayDocuments day, OutputReceiver<KV<String, AnalyzedDocument>> out) {
      for (AnalyzedDocument document : day.documents()) {
        mentions(document, filter, windowDays).forEach((date, reduced) -> out.output(KV.of(date, reduced)));
      }
    }
  }

  /** The date's own documents and the reduced ones that name it, sorted by id (then own date). */
  static final class AddMentionsFn extends DoFn<KV<String, CoGbkResult>, DayDocuments> {
    private static final Comparator<AnalyzedDocument> ORDER =
        Comparator.comparing(AnalyzedDocument::id).thenComparing(AnalyzedDocument::date);

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<DayDocuments> out) {
      DayDocuments own = joined.getValue().getOnly(DAY, null);
      List<AnalyzedDocument> documents = new ArrayList<>();
      if (own != null) {
        documents.addAll(own.documents());
      }
      joined.getValue().getAll(MENTIONS).forEach(documents::add);
      documents.sort(ORDER);
      out.output(new DayDocuments(joined.getKey(), documents));
    }
  }
}
