package io.daybrief.transforms;

import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.text.DateKeys;
import io.daybrief.text.DayClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MatchResult.Metadata;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.splittabledofn.ManualWatermarkEstimator;
import org.apache.beam.sdk.transforms.splittabledofn.RestrictionTracker;
import org.apache.beam.sdk.transforms.splittabledofn.SplitResult;
import org.apache.beam.sdk.transforms.splittabledofn.WatermarkEstimators;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.joda.time.Duration;
import org.joda.time.Instant;

/**
 * Streaming input: polls file patterns for new files and reads each new file once (files present
 * at the start too), in path order. Input: none. Output: a tuple of {@link #DOCUMENTS}, each
 * timestamped at its date's midnight in the run's time zone, and {@link #REJECTED}, as
 * {@link ReadDocuments} has them.
 *
 * <p>The watermark follows the documents: after each poll it moves to the latest date read so far.
 * Documents of that date are then still on time; a file of an earlier date that arrives later is
 * late data (taken while its date's allowed lateness lasts). With {@code stopAfterIdleMillis} > 0
 * the watch ends once no new file has appeared for that long, and the watermark moves past every
 * date, so that every date's window fires its last pane. It is a splittable DoFn because only such
 * a source can set its own watermark; Beam's file watch ({@code FileIO.match().continuously})
 * advances the watermark with the clock, which would make every article of the past late.
 */
public final class WatchDocuments extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Document> DOCUMENTS = ReadDocuments.DOCUMENTS;
  public static final TupleTag<Rejected> REJECTED = ReadDocuments.REJECTED;

  /**
   * @param pollMillis time between two listings of the patterns
   * @param stopAfterIdleMillis end after this long without a new file; 0 never ends
   */
  public record Settings(ReadDocuments.Settings read, DayClock clock, long pollMillis, long stopAfterIdleMillis)
      implements Serializable {}

  private final List<String> patterns;
  private final Settings settings;

  public WatchDocuments(List<String> inputs, Settings settings) {
    this.patterns = inputs.stream().map(ReadDocuments::asPattern).toList();
    this.settings = settings;
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    return input
        .apply("Start", Impulse.create())
        .apply("PollFiles", ParDo.of(new PollFilesFn(patterns, settings))
            .withOutputTags(DOCUMENTS, TupleTagList.of(REJECTED)));
  }

  /**
   * The watch's progress: the files already read, and when the last new one was seen.
   *
   * @param read paths of the files read, in the order they were read
   * @param lastNewMillis processing time of the last new file (or of the start)
   * @param done no more polls: the idle limit has passed, or this part was checkpointed
   */
  record WatchProgress(List<String> read, long lastNewMillis, boolean done) {}

  static final class WatchProgressCoder extends CustomCoder<WatchProgress> {
    private static final ListCoder<String> PATHS = ListCoder.of(StringUtf8Coder.of());

    @Override
    public void encode(WatchProgress value, OutputStream out) throws IOException {
      PATHS.encode(value.read(), out);
      VarLongCoder.of().encode(value.lastNewMillis(), out);
      BooleanCoder.of().encode(value.done(), out);
    }

    @Override
    public WatchProgress decode(InputStream in) throws IOException {
      return new WatchProgress(PATHS.decode(in), VarLongCoder.of().decode(in), BooleanCoder.of().decode(in));
    }
  }

  /**
   * Claims are paths of files to read, or {@link #STOP} for the end of the watch. A checkpoint
   * leaves everything claimed so far as done and carries the read paths over to the residual.
   */
  static final class WatchTracker extends RestrictionTracker<WatchProgress, String> {
    static final String STOP = "";
    private WatchProgress progress;
    private final List<String> read;
    private long lastNewMillis;
    private boolean stopped;
    private boolean checkpointed;

    WatchTracker(WatchProgress progress) {
      this.progress = progress;
      this.read = new ArrayList<>(progress.read());
      this.lastNewMillis = progress.lastNewMillis();
    }

    @Override
    public boolean tryClaim(String position) {
      if (checkpointed || stopped || progress.done()) {
        return false;
      }
      if (STOP.equals(position)) {
        stopped = true;
        progress = new WatchProgress(List.copyOf(read), lastNewMillis, true);
      } else {
        read.add(position);
        lastNewMillis = System.currentTimeMillis();
      }
      return true;
    }

    @Override
    public WatchProgress currentRestriction() {
      return stopped || checkpointed ? progress : new WatchProgress(List.copyOf(read), lastNewMillis, progress.done());
    }

    @Override
    public SplitResult<WatchProgress> trySplit(double fractionOfRemainder) {
      if (fractionOfRemainder != 0 || checkpointed || stopped || progress.done()) {
        return null;
      }
      checkpointed = true;
      progress = new WatchProgress(List.copyOf(read), lastNewMillis, true);
      return SplitResult.of(progress, new WatchProgress(List.copyOf(read), lastNewMillis, false));
    }

    @Override
    public void checkDone() {
      if (!(stopped || checkpointed || progress.done())) {
        throw new IllegalStateException("the watch returned without stopping or being checkpointed");
      }
    }

    @Override
    public IsBounded isBounded() {
      return IsBounded.UNBOUNDED;
    }
  }

  @DoFn.UnboundedPerElement
  static final class PollFilesFn extends DoFn<byte[], Document> {
    private final List<String> patterns;
    private final Settings settings;
    private final ReadDocuments.ParseFileFn parser;
    private final Counter filesMatched = Counters.counter(Counters.FILES_MATCHED);

    PollFilesFn(List<String> patterns, Settings settings) {
      this.patterns = patterns;
      this.settings = settings;
      this.parser = new ReadDocuments.ParseFileFn(settings.read());
    }

    @Setup
    public void setup() {
      parser.setup();
    }

    @GetInitialRestriction
    public WatchProgress initialRestriction() {
      return new WatchProgress(List.of(), System.currentTimeMillis(), false);
    }

    @NewTracker
    public WatchTracker newTracker(@Restriction WatchProgress progress) {
      return new WatchTracker(progress);
    }

    @GetRestrictionCoder
    public WatchProgressCoder restrictionCoder() {
      return new WatchProgressCoder();
    }

    @GetInitialWatermarkEstimatorState
    public Instant initialWatermark() {
      return BoundedWindow.TIMESTAMP_MIN_VALUE;
    }

    @NewWatermarkEstimator
    public WatermarkEstimators.Manual newWatermarkEstimator(@WatermarkEstimatorState Instant watermark) {
      return new WatermarkEstimators.Manual(watermark);
    }

    @ProcessElement
    public ProcessContinuation process(
        RestrictionTracker<WatchProgress, String> tracker,
        ManualWatermarkEstimator<Instant> watermark,
        MultiOutputReceiver out) throws IOException {
      WatchProgress progress = tracker.currentRestriction();
      Set<String> read = new HashSet<>(progress.read());
      List<Metadata> fresh = new ArrayList<>();
      for (String pattern : patterns) {
        for (Metadata file : match(pattern)) {
          if (read.add(file.resourceId().toString())) {
            fresh.add(file);
          }
        }
      }
      fresh.sort(Comparator.comparing(file -> file.resourceId().toString()));
      Instant latest = watermark.currentWatermark();
      for (Metadata file : fresh) {
        if (!tracker.tryClaim(file.resourceId().toString())) {
          return ProcessContinuation.stop();
        }
        filesMatched.inc();
        latest = readFile(file, latest, out);
      }
      if (latest.isAfter(watermark.currentWatermark())) {
        watermark.setWatermark(latest);
      }
      long idle = System.currentTimeMillis() - tracker.currentRestriction().lastNewMillis();
      if (fresh.isEmpty() && settings.stopAfterIdleMillis() > 0 && idle >= settings.stopAfterIdleMillis()) {
        tracker.tryClaim(WatchTracker.STOP);
        // No more documents: every date may fire its last pane. Said explicitly because Flink only
        // passes on a watermark that the watch itself reports.
        watermark.setWatermark(BoundedWindow.TIMESTAMP_MAX_VALUE);
        return ProcessContinuation.stop();
      }
      return ProcessContinuation.resume().withResumeDelay(Duration.millis(settings.pollMillis()));
    }

    /** Emits the file's documents at their dates; returns the latest event time seen. */
    private Instant readFile(Metadata file, Instant latest, MultiOutputReceiver out) {
      Instant[] newest = {latest};
      Instant rejectedAt = latest;
      parser.read(file,
          () -> Compression.detect(file.resourceId().getFilename()).readDecompressed(FileSystems.open(file.resourceId())),
          new ReadDocuments.Emitter() {
            @Override
            public void document(Document document) {
              String date = ResolveDates.dateOf(document);
              // Undated documents carry the watermark's time: the lateness check rejects them by their key.
              Instant at = DateKeys.UNDATED.equals(date)
                  ? rejectedAt
                  : new Instant(settings.clock().startMillis(LocalDate.parse(date)));
              if (at.isAfter(newest[0])) {
                newest[0] = at;
              }
              out.get(DOCUMENTS).outputWithTimestamp(document, at);
            }

            @Override
            public void rejected(Rejected rejected) {
              out.get(REJECTED).outputWithTimestamp(rejected, rejectedAt);
            }
          });
      return newest[0];
    }

    private static List<Metadata> match(String pattern) throws IOException {
      MatchResult result = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
      return result.status() == MatchResult.Status.NOT_FOUND ? List.of() : result.metadata();
    }
  }
}
