package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DayDocuments;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Max;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * The dates that only other days' articles report on. Input: documents by reported date as {@link
 * KeyByReportedDate} gives them (a date in several elements). Output: one {@link DayDocuments}
 * without documents per date none of whose documents was published on it. Only a flag per element
 * is shuffled (combined before the shuffle), keyed by date.
 */
public final class DatesWithoutArticles extends PTransform<PCollection<DayDocuments>, PCollection<DayDocuments>> {
  @Override
  public PCollection<DayDocuments> expand(PCollection<DayDocuments> days) {
    return days
        .apply("FlagOwnArticles", ParDo.of(new FlagOwnArticlesFn()))
        .apply("AnyOwnArticle", Max.integersPerKey())
        .apply("KeepDatesWithoutArticles", ParDo.of(new KeepDatesWithoutArticlesFn()));
  }

  /** 1 when some document of the element was published on its date, else 0. */
  static final class FlagOwnArticlesFn extends DoFn<DayDocuments, KV<String, Integer>> {
    @ProcessElement
    public void process(@Element DayDocuments day, OutputReceiver<KV<String, Integer>> out) {
      boolean own = false;
      for (AnalyzedDocument document : day.documents()) {
        own |= document.date().equals(day.date());
      }
      out.output(KV.of(day.date(), own ? 1 : 0));
    }
  }

  static final class KeepDatesWithoutArticlesFn extends DoFn<KV<String, Integer>, DayDocuments> {
    @ProcessElement
    public void process(@Element KV<String, Integer> date, OutputReceiver<DayDocuments> out) {
      if (date.getValue() == 0) {
        out.output(new DayDocuments(date.getKey(), List.of()));
      }
    }
  }
}
