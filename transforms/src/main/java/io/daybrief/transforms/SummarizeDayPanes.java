package io.daybrief.transforms;

import io.daybrief.model.DayDocuments;
import io.daybrief.model.DayPane;
import io.daybrief.model.DayRecord;
import io.daybrief.model.SummaryRevision;
import io.daybrief.model.DailySummary;
import io.daybrief.text.DayClock;
import io.daybrief.text.DaySummarizer;
import io.daybrief.text.NearDuplicates;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
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
 * Summarizes each pane of each date against the dates before it. Input: {@link DayPane}s. Output:
 * one {@link SummaryRevision} per pane.
 *
 * <p>A {@link DayRecord} of every date seen (document frequencies, fingerprints, shingle sets; not
 * the documents) is kept in state, replaced by each new pane of its date. A pane of date d is
 * deduplicated against the records of the {@code dedupeRetentionDays} dates before d, and its IDF
 * counts the documents of the {@code idfWindowDays} dates ending with d. A record is dropped by an
 * event-time timer once no date that can still fire needs it: the state is bounded by those windows.
 *
 * <p>Early, on-time and late panes are summarized as they come, against the records there are. A
 * last pane waits in state for an event-time timer at its date's expiry, so that the final
 * revision of d sees every earlier date's record even when the runner delivers several last panes
 * at once (at the end of a stream) in any order.
 *
 * <p>{@link #withSeeds} starts the state with records of earlier dates, those of the batch jobs'
 * archive state. They enter the same keyed step as the panes, timestamped at the beginning of
 * time, so they hold its watermark until they are in the state: every final revision sees them
 * (an early pane summarized before they arrive may not). They count and dedupe as records of the
 * stream do, never replace the stream's own record of a date, and are dropped by the same timer
 * once no date that can still fire needs them.
 *
 * <p>One key: a date needs the records of the dates before it, so the dates are summarized by one
 * worker in turn. The work per pane grows with the retention, not with the length of the stream.
 */
public final class SummarizeDayPanes extends PTransform<PCollection<DayPane>, PCollection<SummaryRevision>> {

  /**
   * @param idfWindowDays the IDF of date d counts the documents of d and the days before it, this many dates in all
   * @param dedupeRetentionDays a paragraph is a copy when seen in the last this many dates before
   * @param minWords shorter sentences are neither candidates nor compared as near copies
   */
  public record Settings(
      DayClock clock, int idfWindowDays, int dedupeRetentionDays, NearDuplicates.Settings near, int minWords,
      DaySummarizer.Settings summary) implements Serializable {}

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
    private transient EarlierDays earlierDays;
    private transient DaySummarizer summarizer;

    @StateId("records")
    private final StateSpec<MapState<String, DayRecord>> records =
        StateSpecs.map(StringUtf8Coder.of(), DayRecord.DayRecordCoder.of());
    /** Last panes waiting for the watermark to pass their date's expiry, by date. */
    @StateId("lastPanes")
    private final StateSpec<MapState<String, DayPane>> lastPanes =
        StateSpecs.map(StringUtf8Coder.of(), DayPane.DayPaneCoder.of());
    @StateId("lastPanesAt")
    private final StateSpec<ValueState<Long>> lastPanesAt = StateSpecs.value(VarLongCoder.of());
    @TimerId("lastPanes")
    private final TimerSpec lastPanesTimer = TimerSpecs.timer(TimeDomain.EVENT_TIME);
    /** Epoch millis the discard timer is set for, if set. */
    @StateId("discardAt")
    private final StateSpec<ValueState<Long>> discardAt = StateSpecs.value(VarLongCoder.of());
    @TimerId("discard")
    private final TimerSpec discard = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    SummarizePaneFn(Settings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      earlierDays = new EarlierDays(settings.near(), settings.minWords());
      summarizer = new DaySummarizer(settings.summary());
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, KV<DayPane, DayRecord>> element,
        @Timestamp Instant timestamp,
        @StateId("records") MapState<String, DayRecord> records,
        @StateId("lastPanes") MapState<String, DayPane> lastPanes,
        @StateId("lastPanesAt") ValueState<Long> lastPanesAt,
        @StateId("discardAt") ValueState<Long> discardAt,
        @TimerId("lastPanes") Timer lastPanesTimer,
        @TimerId("discard") Timer discard,
        OutputReceiver<SummaryRevision> out) {
      DayRecord seed = element.getValue().getValue();
      if (seed != null) {
        // A pane that came first has the stream's own record of the date, which wins.
        if (records.get(seed.date()).read() == null) {
          records.put(seed.date(), seed);
          earliest(discard, discardAt, discardMillis(LocalDate.parse(seed.date())));
        }
        return;
      }
      DayPane pane = element.getValue().getKey();
      LocalDate date = LocalDate.parse(pane.date());
      DayRecord today = earlierDays.record(pane.date(), pane.documents());
      records.put(pane.date(), today);
      earliest(discard, discardAt, discardMillis(date));
      if (pane.last()) {
        // Summarized when the watermark has passed the date's expiry: by then every pane of an
        // earlier date (each expires earlier, and holds the watermark until it is processed) has
        // left its record, whatever order the runner delivered the panes in.
        lastPanes.put(pane.date(), pane);
        earliest(lastPanesTimer, lastPanesAt, Math.max(clock().expiryMillis(date), timestamp.getMillis()));
        return;
      }
      out.output(summarize(pane, today, records));
    }

    @OnTimer("lastPanes")
    public void onLastPanes(
        @StateId("records") MapState<String, DayRecord> records,
        @StateId("lastPanes") MapState<String, DayPane> lastPanes,
        @StateId("lastPanesAt") ValueState<Long> lastPanesAt,
        @TimerId("lastPanes") Timer lastPanesTimer,
        OutputReceiver<SummaryRevision> out) {
      Long due = lastPanesAt.read();
      // Null when the discard timer has already summarized every waiting pane.
      if (due != null) {
        emitLastPanes(due, records, lastPanes, lastPanesAt, lastPanesTimer, out);
      }
    }

    /**
     * Runners need not fire two timers of a key in time order (the DirectRunner may not), so the
     * last panes due by now are summarized here first, before any record they need is dropped.
     */
    @OnTimer("discard")
    public void onDiscard(
        @StateId("records") MapState<String, DayRecord> records,
        @StateId("lastPanes") MapState<String, DayPane> lastPanes,
        @StateId("lastPanesAt") ValueState<Long> lastPanesAt,
        @StateId("discardAt") ValueState<Long> discardAt,
        @TimerId("lastPanes") Timer lastPanesTimer,
        @TimerId("discard") Timer discard,
        OutputReceiver<SummaryRevision> out) {
      long now = discardAt.read();
      discardAt.clear();
      emitLastPanes(now, records, lastPanes, lastPanesAt, lastPanesTimer, out);
      Long next = null;
      List<String> keys = new ArrayList<>();
      records.keys().read().forEach(keys::add);
      for (String key : keys) {
        long at = discardMillis(LocalDate.parse(key));
        if (at <= now) {
          records.remove(key);
        } else if (next == null || at < next) {
          next = at;
        }
      }
      if (next != null) {
        earliest(discard, discardAt, next);
      }
    }

    /** Summarizes, in date order, the waiting last panes whose date expired by {@code now}. */
    private void emitLastPanes(
        long now, MapState<String, DayRecord> records, MapState<String, DayPane> lastPanes,
        ValueState<Long> lastPanesAt, Timer lastPanesTimer, OutputReceiver<SummaryRevision> out) {
      List<String> waiting = new ArrayList<>();
      lastPanes.keys().read().forEach(waiting::add);
      waiting.sort(null);
      lastPanesAt.clear();
      for (String key : waiting) {
        long at = clock().expiryMillis(LocalDate.parse(key));
        if (at > now) {
          earliest(lastPanesTimer, lastPanesAt, at);
          continue;
        }
        DayPane pane = lastPanes.get(key).read();
        lastPanes.remove(key);
        SummaryRevision revision = summarize(pane, earlierDays.record(pane.date(), pane.documents()), records);
        // Panes accumulate: counting the last one only makes the counters add up over the run.
        dates.inc();
        chosen.inc(revision.summary().sentences().size());
        out.output(revision);
      }
    }

    private SummaryRevision summarize(DayPane pane, DayRecord today, MapState<String, DayRecord> records) {
      LocalDate date = LocalDate.parse(pane.date());
      List<DayRecord> idfDays = new ArrayList<>();
      List<DayRecord> dedupeDays = new ArrayList<>();
      idfDays.add(today);
      for (Map.Entry<String, DayRecord> entry : records.entries().read()) {
        LocalDate other = LocalDate.parse(entry.getKey());
        if (!other.isBefore(date)) {
          continue;
        }
        if (!other.isBefore(date.minusDays(settings.idfWindowDays() - 1L))) {
          idfDays.add(entry.getValue());
        }
        if (!other.isBefore(date.minusDays(settings.dedupeRetentionDays()))) {
          dedupeDays.add(entry.getValue());
        }
      }
      EarlierDays.Kept kept = earlierDays.withoutCopies(pane.documents(), today, dedupeDays);
      long documentCount = EarlierDays.documentCount(idfDays);
      DailySummary summary = SummarizeByDate.summarize(summarizer, new DayDocuments(pane.date(), kept.documents()),
          new DaySummarizer.Frequencies(documentCount, term -> EarlierDays.documentFrequency(term, idfDays)));
      revisions.inc();
      if (pane.last()) {
        exactCopies.inc(kept.exactCopies());
        nearCopies.inc(kept.nearCopies());
      }
      return new SummaryRevision(summary, pane.revision(), pane.last());
    }

    /** Sets {@code timer} to {@code millis} unless it is already set earlier. */
    private static void earliest(Timer timer, ValueState<Long> setAt, long millis) {
      Long pending = setAt.read();
      if (pending == null || millis < pending) {
        timer.set(new Instant(millis));
        setAt.write(millis);
      }
    }

    private DayClock clock() {
      return settings.clock();
    }

    /** When no date that can still fire needs the record of {@code date} any more. */
    private long discardMillis(LocalDate date) {
      int needed = Math.max(settings.idfWindowDays(), settings.dedupeRetentionDays());
      return settings.clock().expiryMillis(date.plusDays(needed));
    }
  }
}
