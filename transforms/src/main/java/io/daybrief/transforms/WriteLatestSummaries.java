package io.daybrief.transforms;

import io.daybrief.model.SummaryRevision;
import io.daybrief.text.DayClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.beam.sdk.coders.VarIntCoder;
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
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Instant;

/**
 * Keeps {@code <directory>/<date>.json} at the newest revision of each date. Input: summary
 * revisions. Output: the revisions written (older ones that arrive after a newer one are skipped).
 *
 * <p>Each file is written under a hidden temporary name and renamed over the old one, so a reader
 * sees the old or the new summary, never part of one (atomic on local and HDFS-like file systems).
 * Keyed by date so that two revisions of a date are never written at once; the newest revision
 * number is kept until a day after the date's window has expired.
 */
public final class WriteLatestSummaries extends PTransform<PCollection<SummaryRevision>, PCollection<SummaryRevision>> {
  private final String directory;
  private final DayClock clock;

  public WriteLatestSummaries(String directory, DayClock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  public PCollection<SummaryRevision> expand(PCollection<SummaryRevision> revisions) {
    return revisions
        .apply("KeyByDate", WithKeys.<String, SummaryRevision>of(revision -> revision.summary().date())
            .withKeyType(TypeDescriptors.strings()))
        .apply("ReplaceLatest", ParDo.of(new ReplaceLatestFn(directory, clock)));
  }

  static final class ReplaceLatestFn extends DoFn<KV<String, SummaryRevision>, SummaryRevision> {
    private final String directory;
    private final DayClock clock;

    @StateId("newest")
    private final StateSpec<ValueState<Integer>> newest = StateSpecs.value(VarIntCoder.of());
    @TimerId("forget")
    private final TimerSpec forget = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    ReplaceLatestFn(String directory, DayClock clock) {
      this.directory = directory;
      this.clock = clock;
    }

    @ProcessElement
    public void process(
        @Element KV<String, SummaryRevision> element,
        @StateId("newest") ValueState<Integer> newest,
        @TimerId("forget") Timer forget,
        OutputReceiver<SummaryRevision> out) throws IOException {
      SummaryRevision revision = element.getValue();
      Integer written = newest.read();
      if (written != null && written >= revision.revision()) {
        return;
      }
      // A stream has no run id; the staged name is unique per write anyway.
      StagedFiles.writeAtomically(directory, "latest", element.getKey() + ".json",
          (JsonLines.summary(revision) + "\n").getBytes(StandardCharsets.UTF_8));
      newest.write(revision.revision());
      forget.set(new Instant(clock.expiryMillis(LocalDate.parse(element.getKey()).plusDays(1))));
      out.output(revision);
    }

    @OnTimer("forget")
    public void onForget(@StateId("newest") ValueState<Integer> newest) {
      newest.clear();
    }
  }
}
