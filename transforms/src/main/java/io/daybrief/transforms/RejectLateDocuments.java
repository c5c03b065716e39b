package io.daybrief.transforms;

import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.text.DateKeys;
import io.daybrief.text.DayClock;
import java.time.LocalDate;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.TimeDomain;
import org.apache.beam.sdk.state.Timer;
import org.apache.beam.sdk.state.TimerSpec;
import org.apache.beam.sdk.state.TimerSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Instant;

/**
 * Turns away, with a reason, the documents that event-time windows could not use, where Beam would
 * drop them without a word. Input: dated documents whose timestamp is their date's midnight.
 * Output: {@link #DOCUMENTS} that a window will take, and {@link #REJECTED}: undated documents
 * ("undated": a stream orders by date) and documents whose date's window has expired ("late").
 * Dated by report, a document of date p may report on the dates from p - W to p (W the report
 * window): it is late once the window of p - W has expired, as a part of it would be lost there.
 *
 * <p>A window has expired once the watermark is past its end plus the allowed lateness. Beam does
 * not show a DoFn the watermark, so an event-time timer walks the expiry instants, one date after
 * the other from the first date seen: when the timer of date d fires, the watermark has passed d's
 * expiry. Until it fires, the timer holds this step's output watermark, so a document of d let
 * through is still on time downstream. The walk stops {@link DayClock#latenessDays} days after the
 * latest date seen and resumes with the next document; its state is three numbers.
 */
public final class RejectLateDocuments extends PTransform<PCollection<Document>, PCollectionTuple> {
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};
  public static final TupleTag<Rejected> REJECTED = new TupleTag<>() {};

  private final DayClock clock;
  private final int reportWindowDays;

  /** @param reportWindowDays W: how many days before its own date a document may report on (0 by publication) */
  public RejectLateDocuments(DayClock clock, int reportWindowDays) {
    this.clock = clock;
    this.reportWindowDays = reportWindowDays;
  }

  @Override
  public PCollectionTuple expand(PCollection<Document> documents) {
    return documents
        // One key: the check is per stream, and its state is tiny.
        .apply("KeyAll", WithKeys.<Integer, Document>of(0).withKeyType(TypeDescriptors.integers()))
        .apply("CheckLateness",
            ParDo.of(new CheckLatenessFn(clock, reportWindowDays)).withOutputTags(DOCUMENTS, TupleTagList.of(REJECTED)));
  }

  static final class CheckLatenessFn extends DoFn<KV<Integer, Document>, Document> {
    private final DayClock clock;
    private final int reportWindowDays;
    private final Counter late = Counters.counter(Counters.DOCUMENTS_LATE);
    private final Counter undated = Counters.counter(Counters.DOCUMENTS_UNDATED_STREAMING);
    private final Counter rejectedRecords = Counters.counter(Counters.REJECTED_RECORDS);

    /** Epoch day of the latest date whose expiry the watermark is known to have passed. */
    @StateId("expiredThrough")
    private final StateSpec<ValueState<Long>> expiredThrough = StateSpecs.value(VarLongCoder.of());
    /** Epoch day whose expiry the timer is set for, if it is set. */
    @StateId("timerDay")
    private final StateSpec<ValueState<Long>> timerDay = StateSpecs.value(VarLongCoder.of());
    @StateId("latestDay")
    private final StateSpec<ValueState<Long>> latestDay = StateSpecs.value(VarLongCoder.of());
    @TimerId("expiry")
    private final TimerSpec expiry = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    CheckLatenessFn(DayClock clock, int reportWindowDays) {
      this.clock = clock;
      this.reportWindowDays = reportWindowDays;
    }

    /**
     * Resuming the walk sets a timer for an earlier date's expiry while a later document is
     * processed; the timer must hold the watermark there, behind the document's own timestamp,
     * which Beam refuses unless the skew allows it.
     */
    @Override
    @SuppressWarnings("deprecation")
    public org.joda.time.Duration getAllowedTimestampSkew() {
      return org.joda.time.Duration.millis(Long.MAX_VALUE);
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Document> element,
        @StateId("expiredThrough") ValueState<Long> expiredThrough,
        @StateId("timerDay") ValueState<Long> timerDay,
        @StateId("latestDay") ValueState<Long> latestDay,
        @TimerId("expiry") Timer expiry,
        MultiOutputReceiver out) {
      Document document = element.getValue();
      if (DateKeys.UNDATED.equals(document.date())) {
        undated.inc();
        reject(out, document, "undated: a stream orders documents by date");
        return;
      }
      // The walk follows the earliest date each document may report on.
      long day = LocalDate.parse(document.date()).toEpochDay() - reportWindowDays;
      Long expired = expiredThrough.read();
      if (expired != null && day <= expired) {
        late.inc();
        reject(out, document, "late: more than the allowed lateness after the end of " + LocalDate.ofEpochDay(day)
            + (reportWindowDays == 0 ? "" : ", the first date a document of " + document.date() + " may report on"));
        return;
      }
      Long latest = latestDay.read();
      if (latest == null || day > latest) {
        latestDay.write(day);
      }
      Long pending = timerDay.read();
      // Resume the walk at the first date not known to have expired, or start it at this date.
      long next = expired != null ? expired + 1 : pending != null ? Math.min(pending, day) : day;
      if (pending == null || next < pending) {
        setTimer(expiry, timerDay, next);
      }
      out.get(DOCUMENTS).output(document);
    }

    @OnTimer("expiry")
    public void onExpiry(
        @StateId("expiredThrough") ValueState<Long> expiredThrough,
        @StateId("timerDay") ValueState<Long> timerDay,
        @StateId("latestDay") ValueState<Long> latestDay,
        @TimerId("expiry") Timer expiry) {
      long day = timerDay.read();
      expiredThrough.write(day);
      if (day + 1 <= latestDay.read() + clock.latenessDays()) {
        setTimer(expiry, timerDay, day + 1);
      } else {
        timerDay.clear();
      }
    }

    private void setTimer(Timer expiry, ValueState<Long> timerDay, long day) {
      expiry.set(new Instant(clock.expiryMillis(LocalDate.ofEpochDay(day))));
      timerDay.write(day);
    }

    private void reject(MultiOutputReceiver out, Document document, String reason) {
      rejectedRecords.inc();
      out.get(REJECTED).output(new Rejected(document.source(), 0, reason));
    }
  }
}
