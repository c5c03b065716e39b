package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DayPane;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.windowing.AfterPane;
import org.apache.beam.sdk.transforms.windowing.AfterProcessingTime;
import org.apache.beam.sdk.transforms.windowing.AfterWatermark;
import org.apache.beam.sdk.transforms.windowing.CalendarWindows;
import org.apache.beam.sdk.transforms.windowing.PaneInfo;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.DateTimeZone;
import org.joda.time.Duration;

/**
 * Daily event-time windows in the run's time zone, fired early, on time and late. Input: analyzed
 * documents timestamped at their date's midnight. Output: one {@link DayPane} per firing, with
 * every document of the date received so far (panes accumulate), its revision (the pane index)
 * and whether it is the window's last pane.
 *
 * <p>Firings: early, this long after the first document of a pane arrived; on time, when the
 * watermark passes the end of the date; late, for each document after that; and a last pane when
 * the allowed lateness has passed, fired even without new documents so that every date ends with
 * a revision marked final.
 */
public final class CollectDayPanes extends PTransform<PCollection<AnalyzedDocument>, PCollection<DayPane>> {

  /**
   * @param timeZone the zone whose midnights bound the windows
   * @param earlyDelayMillis early firing this long after a pane's first document
   * @param allowedLatenessMillis how long after its end a date's window still takes documents
   */
  public record Settings(String timeZone, long earlyDelayMillis, long allowedLatenessMillis) implements Serializable {}

  private final Settings settings;

  public CollectDayPanes(Settings settings) {
    this.settings = settings;
  }

  @Override
  public PCollection<DayPane> expand(PCollection<AnalyzedDocument> documents) {
    return documents
        .apply("WindowByDay",
            Window.<AnalyzedDocument>into(
                    CalendarWindows.days(1).withTimeZone(DateTimeZone.forID(settings.timeZone())))
                .triggering(AfterWatermark.pastEndOfWindow()
                    .withEarlyFirings(AfterProcessingTime.pastFirstElementInPane()
                        .plusDelayOf(Duration.millis(settings.earlyDelayMillis())))
                    .withLateFirings(AfterPane.elementCountAtLeast(1)))
                .withAllowedLateness(Duration.millis(settings.allowedLatenessMillis()), Window.ClosingBehavior.FIRE_ALWAYS)
                .accumulatingFiredPanes())
        .apply("KeyByDate",
            WithKeys.<String, AnalyzedDocument>of(AnalyzedDocument::date).withKeyType(TypeDescriptors.strings()))
        .apply("GroupByDate", GroupByKey.create())
        .apply("DescribePane", ParDo.of(new DescribePaneFn()));
  }

  /**
   * The pane's documents in id order (the batch job's tie-break), with its index and last flag.
   * A pane without documents is dropped: a date's window only exists once a document arrived, so
   * an empty pane says nothing; Flink fires one more, empty, last pane after a window's real last
   * pane when the watermark jumps to the end of time.
   */
  static final class DescribePaneFn extends DoFn<KV<String, Iterable<AnalyzedDocument>>, DayPane> {
    @ProcessElement
    public void process(
        @Element KV<String, Iterable<AnalyzedDocument>> day, PaneInfo pane, OutputReceiver<DayPane> out) {
      List<AnalyzedDocument> documents = new ArrayList<>();
      day.getValue().forEach(documents::add);
      if (documents.isEmpty()) {
        return;
      }
      documents.sort(Comparator.comparing(AnalyzedDocument::id));
      out.output(new DayPane(day.getKey(), documents, (int) pane.getIndex(), pane.isLast()));
    }
  }
}
