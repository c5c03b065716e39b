package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DailySummary;
import io.daybrief.model.DayDocuments;
import io.daybrief.model.Paragraph;
import io.daybrief.text.DateImportance;
import io.daybrief.text.DateKeys;
import io.daybrief.text.DaySummarizer;
import io.daybrief.text.IdfHorizon;
import io.daybrief.text.MentionedDates;
import java.time.LocalDate;
import io.daybrief.text.DaySummarizer.Candidate;
import io.daybrief.text.DaySummarizer.Selected;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Scores and selects each date's sentences. Input: a tuple of {@link #DAYS}, the dates' partial
 * document {@link #FREQUENCIES} from {@link LookupDocumentFrequencies}, and the collection's
 * {@link #DOCUMENT_COUNT} per publication date (a single map, one entry per date). Output: one
 * {@link DailySummary} per date, whose IDF counts the documents up to the date's {@link IdfHorizon}.
 *
 * <p>A date's documents are joined with its frequencies one document per element: a whole date as
 * one record grows with the corpus (~4.5 MB at 1.6 GB) and Flink cannot sort a record larger than
 * its sort buffer (3.2 MB on a 3 GB heap).
 */
public final class SummarizeByDate extends PTransform<PCollectionTuple, PCollection<DailySummary>> {
  public static final TupleTag<DayDocuments> DAYS = new TupleTag<>() {};
  public static final TupleTag<KV<String, Map<String, Long>>> FREQUENCIES = new TupleTag<>() {};
  public static final TupleTag<Map<String, Long>> DOCUMENT_COUNT = new TupleTag<>() {};

  private static final TupleTag<AnalyzedDocument> DOCUMENTS = new TupleTag<>() {};
  private static final TupleTag<Map<String, Long>> PARTIAL_FREQUENCIES = new TupleTag<>() {};

  private final DaySummarizer.Settings settings;
  private final IdfHorizon horizon;

  public SummarizeByDate(DaySummarizer.Settings settings, IdfHorizon horizon) {
    this.settings = settings;
    this.horizon = horizon;
  }

  @Override
  public PCollection<DailySummary> expand(PCollectionTuple input) {
    PCollectionView<Map<String, Long>> documentCount =
        input.get(DOCUMENT_COUNT).apply("DocumentCountView", View.asSingleton());
    PCollection<KV<String, AnalyzedDocument>> documents =
        input.get(DAYS)
            .apply("SplitDays", ParDo.of(new SplitDayFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), AnalyzedDocument.AnalyzedDocumentCoder.of()));
    return KeyedPCollectionTuple.of(DOCUMENTS, documents)
        .and(PARTIAL_FREQUENCIES, GatherByKey.onDirectRunner("GatherFrequencies", input.get(FREQUENCIES)))
        .apply("JoinFrequenciesByDate", CoGroupByKey.create())
        .apply(
            "SummarizeDay",
            ParDo.of(new SummarizeDayFn(settings, horizon, documentCount)).withSideInputs(documentCount));
  }

  /** Each kept document of a date, keyed by the date; a document without kept paragraphs too, as it counts. */
  static final class SplitDayFn extends DoFn<DayDocuments, KV<String, AnalyzedDocument>> {
    @ProcessElement
    public void process(@Element DayDocuments day, OutputReceiver<KV<String, AnalyzedDocument>> out) {
      for (AnalyzedDocument document : day.documents()) {
        out.output(KV.of(day.date(), document));
      }
    }
  }

  static final class SummarizeDayFn extends DoFn<KV<String, CoGbkResult>, DailySummary> {
    private final DaySummarizer.Settings settings;
    private final IdfHorizon horizon;
    private final PCollectionView<Map<String, Long>> documentCount;
    private final Counter dates = Counters.counter(Counters.DATES_SUMMARIZED);
    private final Counter chosen = Counters.counter(Counters.SUMMARY_SENTENCES);
    private transient DaySummarizer summarizer;

    SummarizeDayFn(DaySummarizer.Settings settings, IdfHorizon horizon, PCollectionView<Map<String, Long>> documentCount) {
      this.settings = settings;
      this.horizon = horizon;
      this.documentCount = documentCount;
    }

    @Setup
    public void setup() {
      summarizer = new DaySummarizer(settings);
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, ProcessContext context) {
      DayDocuments day = DayDocuments.sorted(joined.getKey(), joined.getValue().getAll(DOCUMENTS));
      Map<String, Long> frequencies = new HashMap<>();
      for (Map<String, Long> partial : joined.getValue().getAll(PARTIAL_FREQUENCIES)) {
        frequencies.putAll(partial);
      }
      long collectionSize = horizon.documents(context.sideInput(documentCount), day.date());
      DailySummary summary = summarize(summarizer, day,
          new DaySummarizer.Frequencies(collectionSize, term -> frequencies.getOrDefault(term, 0L)));
      dates.inc();
      chosen.inc(summary.sentences().size());
      context.output(summary);
    }
  }

  /** One date's summary from its kept documents; shared with streaming, which counts frequencies its own way. */
  static DailySummary summarize(DaySummarizer summarizer, DayDocuments day, DaySummarizer.Frequencies frequencies) {
    boolean markNamed = summarizer.settings().cut() == DaySummarizer.CandidateCut.KNEE;
    DayCandidates candidates = candidates(day, markNamed);
    List<Selected> selected = summarizer.summarize(candidates.sentences(), frequencies);
    List<DailySummary.Line> lines = new ArrayList<>(selected.size());
    Map<String, String> urls = new HashMap<>();
    day.documents().stream().filter(d -> d.url() != null).forEach(d -> urls.put(d.id(), d.url()));
    for (Selected s : selected) {
      lines.add(new DailySummary.Line(s.sentence().text(), s.sentence().document(), s.score(),
          urls.get(s.sentence().document())));
    }
    // Dated by report, a date also holds other dates' articles; they are not its own.
    int own = (int) day.documents().stream().filter(document -> document.date().equals(day.date())).count();
    return new DailySummary(day.date(), own, lines, DateImportance.of(own, candidates.namingDocuments()));
  }

  /**
   * @param sentences every sentence of the date's documents
   * @param namingDocuments how many documents of other dates have a sentence whose first date is this one
   */
  private record DayCandidates(List<Candidate> sentences, int namingDocuments) {}

  /**
   * Every sentence of the date's documents, each knowing whether its first date is this one: for
   * the knee cut ({@code markNamed}), and for the documents of other dates, which count toward the
   * date's importance when one of their sentences names it.
   */
  private static DayCandidates candidates(DayDocuments day, boolean markNamed) {
    List<Candidate> candidates = new ArrayList<>();
    int namingDocuments = 0;
    LocalDate date = DateKeys.UNDATED.equals(day.date()) ? null : LocalDate.parse(day.date());
    for (AnalyzedDocument document : day.documents()) {
      boolean other = !document.date().equals(day.date());
      LocalDate published = date == null || !(markNamed || other) || DateKeys.UNDATED.equals(document.date())
          ? null : LocalDate.parse(document.date());
      boolean namesDate = false;
      for (Paragraph paragraph : document.paragraphs()) {
        for (int i = 0; i < paragraph.sentences().size(); i++) {
          var sentence = paragraph.sentences().get(i);
          boolean named = published != null
              && MentionedDates.first(sentence.text(), published).filter(date::equals).isPresent();
          namesDate |= named;
          candidates.add(
              new Candidate(document.id(), paragraph.position(), i, sentence.text(), sentence.terms(), named));
        }
      }
      namingDocuments += other && namesDate ? 1 : 0;
    }
    return new DayCandidates(candidates, namingDocuments);
  }
}
