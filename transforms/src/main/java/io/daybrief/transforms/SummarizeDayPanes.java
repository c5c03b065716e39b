package io.daybrief.transforms;

import io.daybrief.model.DayPane;
import io.daybrief.model.DayRecord;
import io.daybrief.model.SummaryRevision;
import io.daybrief.model.DailySummary;
import io.daybrief.text.DayClock;
import io.daybrief.text.DaySummarizer;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.state.MapState;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.TimeDomain;
import org.apache.beam.sdk.state.Timer;
import org.apache.beam.sdk.state.TimerSpec;
import org.apache.beam.sdk.state.TimerSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.beam.sdk.values.WindowingStrategy;
import org.joda.time.Instant;

/**
 * Summarizes the dates of a stream from the panes of its publication dates. Input: {@link DayPane}s
 * (windows by publication date). Output: {@link SummaryRevision}s of each date, a date being the
 * day its sentences report on ({@link StreamDates}; by publication, a pane's own date).
 *
 * <p>State: a {@link DayRecord} of every publication date seen (document frequencies, fingerprints,
 * shingle sets), and the newest pane of each publication date until the last date it reports on
 * has had its final revision. Each pane of publication date p revises, right away, every date its
 * kept documents report on (p and, by report, up to W days before it: late revisions of those
 * dates). A date d's final revision waits for an event-time timer just after d's expiry (its end
 * plus the allowed lateness L): with L at least W, every pane of the publication dates d to d + W
 * that came on time has left its documents by then (each holds the watermark until it is
 * processed), whatever order the runner delivered them in (at the end of a stream all come at once).
 *
 * <p>{@link #withSeeds} starts the state with records of earlier dates, those of the batch jobs'
 * archive state. They enter the same keyed step as the panes, timestamped at the beginning of
 * time, so they hold its watermark until they are in the state: every final revision sees them
 * (an early pane summarized before they arrive may not). They count and dedupe as records of the
 * stream do, never replace the stream's own record of a date, and are dropped by the same timer
 * once no date that can still fire needs them.
 *
 * <p>One key: a date needs the records of the dates before it, so the dates are summarized by one
 * worker in turn. The work per pane grows with the windows, not with the length of the stream.
 */
public final class SummarizeDayPanes extends PTransform<PCollection<DayPane>, PCollection<SummaryRevision>> {

  /**
   * @param dates which documents and records a date is summarized from
   * @param summary how a date's sentences are chosen
   */
  public record Settings(DayClock clock, StreamDates dates, DaySummarizer.Settings summary) implements Serializable {}

  /** A pane (key) or a seed record (value): the one input of the keyed step; the other side is null. */
  private static final KvCoder<DayPane, DayRecord> ITEM =
      KvCoder.of(NullableCoder.of(DayPane.DayPaneCoder.of()), NullableCoder.of(DayRecord.DayRecordCoder.of()));
  private static final TypeDescriptor<KV<DayPane, DayRecord>> ITEM_TYPE = new TypeDescriptor<>() {};

  private final Settings settings;
  private final PCollection<DayRecord> seeds;

  public SummarizeDayPanes(Settings settings) {
    this(settings, null);
  }

  private SummarizeDayPanes(Settings settings, PCollection<DayRecord> seeds) {
    this.settings = settings;
    this.seeds = seeds;
  }

  /** The same transform, its state starting with {@code records} (of any dates, in the global window). */
  public SummarizeDayPanes withSeeds(PCollection<DayRecord> records) {
    return new SummarizeDayPanes(settings, records);
  }

  @Override
  public PCollection<SummaryRevision> expand(PCollection<DayPane> panes) {
    PCollection<KV<DayPane, DayRecord>> items = panes
        // Dates meet in one state; the global window keeps that state across dates.
        .apply("IntoGlobalWindow", Window.into(new GlobalWindows()))
        .apply("PanesAsItems", MapElements.into(ITEM_TYPE).via(pane -> KV.of(pane, (DayRecord) null)))
        .setCoder(ITEM);
    if (seeds != null) {
      // Flatten wants the panes' trigger on both sides; the keyed step itself uses no trigger.
      WindowingStrategy<?, ?> panesWindowing = items.getWindowingStrategy();
      Window<KV<DayPane, DayRecord>> likePanes = Window.<KV<DayPane, DayRecord>>into(new GlobalWindows())
          .triggering(panesWindowing.getTrigger())
          .withAllowedLateness(panesWindowing.getAllowedLateness());
      PCollection<KV<DayPane, DayRecord>> seedItems = seeds
          .apply("SeedsAsItems", MapElements.into(ITEM_TYPE).via(record -> KV.of((DayPane) null, record)))
          .setCoder(ITEM)
          .apply("SeedsIntoGlobalWindow", panesWindowing.getMode() == WindowingStrategy.AccumulationMode.ACCUMULATING_FIRED_PANES
              ? likePanes.accumulatingFiredPanes() : likePanes.discardingFiredPanes());
      items = PCollectionList.of(items).and(seedItems).apply("WithSeeds", Flatten.pCollections());
    }
    return items
        .apply("KeyAll", WithKeys.<Integer, KV<DayPane, DayRecord>>of(0).withKeyType(TypeDescriptors.integers()))
        .apply("SummarizePane", ParDo.of(new SummarizePaneFn(settings)));
  }

  static final class SummarizePaneFn extends DoFn<KV<Integer, KV<DayPane, DayRecord>>, SummaryRevision> {
    private final Settings settings;
    private final Counter revisions = Counters.counter(Counters.SUMMARY_REVISIONS);
    private final Counter dates = Counters.counter(Counters.DATES_SUMMARIZED);
    private final Counter chosen = Counters.counter(Counters.SUMMARY_SENTENCES);
    private final Counter exactCopies = Counters.counter(Counters.DUPLICATES_EXACT);
    private final Counter nearCopies = Counters.counter(Counters.DUPLICATES_NEAR);
    private transient DaySummarizer summarizer;

    /** By publication date (and the seeds' dates). */
    @StateId("records")
    private final StateSpec<MapState<String, DayRecord>> records =
        StateSpecs.map(StringUtf8Coder.of(), DayRecord.DayRecordCoder.of());
    /** The newest pane of each publication date, until its own date's final revision. */
    @StateId("panes")
    private final StateSpec<MapState<String, DayPane>> panes =
        StateSpecs.map(StringUtf8Coder.of(), DayPane.DayPaneCoder.of());
    /** The dates whose final revision is still to come, with how many revisions they have had. */
    @StateId("revisions")
    private final StateSpec<MapState<String, Integer>> revisionCounts =
        StateSpecs.map(StringUtf8Coder.of(), VarIntCoder.of());
    /** The latest date whose final revision is out: a pane that would revise it again is too late for it. */
    @StateId("finalThrough")
    private final StateSpec<ValueState<String>> finalThrough = StateSpecs.value(StringUtf8Coder.of());
    /** Epoch millis the tick timer is set for, if set. */
    @StateId("tickAt")
    private final StateSpec<ValueState<Long>> tickAt = StateSpecs.value(VarLongCoder.of());
    /** One timer for final revisions and for dropping what no date needs any more, in that order. */
    @TimerId("tick")
    private final TimerSpec tick = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    SummarizePaneFn(Settings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      summarizer = new DaySummarizer(settings.summary());
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, KV<DayPane, DayRecord>> element,
        @Timestamp Instant timestamp,
        @StateId("records") MapState<String, DayRecord> records,
        @StateId("panes") MapState<String, DayPane> panes,
        @StateId("revisions") MapState<String, Integer> revisionCounts,
        @StateId("finalThrough") ValueState<String> finalThrough,
        @StateId("tickAt") ValueState<Long> tickAt,
        @TimerId("tick") Timer tick,
        OutputReceiver<SummaryRevision> out) {
      // A timer may not hold the output behind the element being processed.
      long notBefore = timestamp.getMillis();
      DayRecord seed = element.getValue().getValue();
      if (seed != null) {
        // A pane that came first has the stream's own record of the date, which wins.
        if (records.get(seed.date()).read() == null) {
          records.put(seed.date(), seed);
          earliest(tick, tickAt, Math.max(recordDiscardMillis(seed.date()), notBefore));
        }
        return;
      }
      DayPane pane = element.getValue().getKey();
      records.put(pane.date(), settings.dates().record(pane.date(), pane.documents()));
      panes.put(pane.date(), pane);
      earliest(tick, tickAt, Math.max(recordDiscardMillis(pane.date()), notBefore));
      StreamDates.Snapshot snapshot = snapshot(records, panes);
      String through = finalThrough.read();
      for (String date : snapshot.reportedParts(pane.date()).keySet()) {
        if (through != null && date.compareTo(through) <= 0) {
          continue;
        }
        Integer done = revisionCounts.get(date).read();
        int revision = done == null ? 0 : done;
        earliest(tick, tickAt, Math.max(finalMillis(date), notBefore));
        // A last pane only repeats what the on-time and late ones brought: the date's final revision follows.
        if (pane.last()) {
          revisionCounts.put(date, revision);
        } else {
          out.output(summarize(snapshot, date, revision, false));
          revisionCounts.put(date, revision + 1);
        }
      }
    }

    /**
     * The final revisions due by now, in date order, then whatever no date that can still fire
     * needs. Runners need not fire timers in time order, so one timer does both, finals first.
     */
    @OnTimer("tick")
    public void onTick(
        @StateId("records") MapState<String, DayRecord> records,
        @StateId("panes") MapState<String, DayPane> panes,
        @StateId("revisions") MapState<String, Integer> revisionCounts,
        @StateId("finalThrough") ValueState<String> finalThrough,
        @StateId("tickAt") ValueState<Long> tickAt,
        @TimerId("tick") Timer tick,
        OutputReceiver<SummaryRevision> out) {
      long now = tickAt.read();
      tickAt.clear();
      List<String> due = new ArrayList<>();
      revisionCounts.keys().read().forEach(date -> {
        if (finalMillis(date) <= now) {
          due.add(date);
        }
      });
      due.sort(null);
      if (!due.isEmpty()) {
        StreamDates.Snapshot snapshot = snapshot(records, panes);
        for (String date : due) {
          SummaryRevision revision = summarize(snapshot, date, revisionCounts.get(date).read(), true);
          revisionCounts.remove(date);
          // Revisions accumulate: counting the final one only makes the counters add up over the run.
          dates.inc();
          chosen.inc(revision.summary().sentences().size());
          EarlierDays.Kept kept = snapshot.kept(date);
          if (kept != null) {
            exactCopies.inc(kept.exactCopies());
            nearCopies.inc(kept.nearCopies());
          }
          out.output(revision);
        }
        finalThrough.write(due.get(due.size() - 1));
      }
      Long next = dropDue(records.keys().read(), this::recordDiscardMillis, records::remove, now, null);
      next = dropDue(panes.keys().read(), this::finalMillis, panes::remove, now, next);
      for (String date : revisionCounts.keys().read()) {
        next = next == null ? finalMillis(date) : Math.min(next, finalMillis(date));
      }
      if (next != null) {
        earliest(tick, tickAt, next);
      }
    }

    /** Removes the dates due by {@code now}; returns the earliest instant of the others (or {@code next}). */
    private static Long dropDue(
        Iterable<String> keys, ToLongFunction<String> dueMillis, Consumer<String> remove, long now, Long next) {
      List<String> all = new ArrayList<>();
      keys.forEach(all::add);
      for (String date : all) {
        long at = dueMillis.applyAsLong(date);
        if (at <= now) {
          remove.accept(date);
        } else if (next == null || at < next) {
          next = at;
        }
      }
      return next;
    }

    private StreamDates.Snapshot snapshot(MapState<String, DayRecord> records, MapState<String, DayPane> panes) {
      Map<String, DayRecord> all = new HashMap<>();
      for (Map.Entry<String, DayRecord> entry : records.entries().read()) {
        all.put(entry.getKey(), entry.getValue());
      }
      return settings.dates().snapshot(all, date -> {
        DayPane pane = panes.get(date).read();
        return pane == null ? null : pane.documents();
      });
    }

    private SummaryRevision summarize(StreamDates.Snapshot snapshot, String date, int revision, boolean last) {
      DailySummary summary = SummarizeByDate.summarize(
          summarizer, snapshot.documents(date), snapshot.frequencies(date));
      revisions.inc();
      return new SummaryRevision(summary, revision, last);
    }

    /** Sets {@code timer} to {@code millis} unless it is already set earlier. */
    private static void earliest(Timer timer, ValueState<Long> setAt, long millis) {
      Long pending = setAt.read();
      if (pending == null || millis < pending) {
        timer.set(new Instant(millis));
        setAt.write(millis);
      }
    }

    /**
     * Just after the date's expiry: a pane of a publication date up to L days later, on time,
     * holds the watermark at or before the expiry until it is processed.
     */
    private long finalMillis(String date) {
      return settings.clock().expiryMillis(LocalDate.parse(date)) + 1;
    }

    /** When no date that can still fire needs the record of {@code date} any more. */
    private long recordDiscardMillis(String date) {
      return finalMillis(LocalDate.parse(date).plusDays(settings.dates().recordDays()).toString());
    }
  }
}
