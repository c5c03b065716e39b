package io.daybrief.transforms;

import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.text.DateExtractor;
import io.daybrief.text.DateKeys;
import io.daybrief.text.DayClock;
import io.daybrief.text.WatchSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.UnboundedSource;
import org.apache.beam.sdk.io.fs.MatchResult.Metadata;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.joda.time.Instant;

/**
 * The file watch as an unbounded source: lists the patterns every poll interval, reads each new
 * file once (files present at the start too), in path order, and reports as its watermark the
 * latest date read, once every file of a listing has been read.
 *
 * <p>A source rather than a splittable DoFn because on Flink a splittable DoFn hangs off Impulse,
 * and Beam finishes Impulse at once when sources may shut down when idle (which a stream over
 * files needs in order to end). From then on Flink's operator for the splittable DoFn fires its
 * poll timers in a tight loop inside its final flush and passes no watermark on until the watch
 * ends: every date's on-time pane came only at the end. A source reports its own watermark and
 * ends by itself, when its watermark reaches the end of time (the idle rule).
 *
 * <p>One file is read into memory at a time: a stream brings many small files. Large archives are
 * for batch runs, which split large files.
 */
final class WatchedFilesSource extends UnboundedSource<WatchedRecord, WatchedFilesSource.WatchMark> {
  private final List<String> patterns;
  private final WatchDocuments.Settings settings;

  WatchedFilesSource(List<String> patterns, WatchDocuments.Settings settings) {
    this.patterns = patterns;
    this.settings = settings;
  }

  /** One reader: the files are listed in one place, so each is read once. */
  @Override
  public List<WatchedFilesSource> split(int desiredNumSplits, PipelineOptions options) {
    return List.of(this);
  }

  @Override
  public Reader createReader(PipelineOptions options, WatchMark mark) {
    return new Reader(this, mark == null ? WatchMark.start(System.currentTimeMillis()) : mark);
  }

  @Override
  public Coder<WatchMark> getCheckpointMarkCoder() {
    return new WatchMarkCoder();
  }

  @Override
  public Coder<WatchedRecord> getOutputCoder() {
    return new WatchedRecord.WatchedRecordCoder();
  }

  /**
   * Where the watch is. Files of the current listing are read in order; on a restore the first
   * pending file is read again and its records up to {@code emittedOfFirst} are skipped.
   *
   * @param done files whose records were all emitted
   * @param pending files of the current listing not yet read to the end, in reading order
   * @param emittedOfFirst records of {@code pending}'s first file already emitted
   * @param listingLatestMillis latest date (its midnight) among the current listing's documents so far
   * @param watermarkMillis the watermark reported: the latest date of the listings read to the end
   * @param lastNewMillis processing time of the last new file, or of the start
   * @param stopped the idle rule ended the watch
   */
  record WatchMark(List<String> done, List<String> pending, int emittedOfFirst, long listingLatestMillis,
      long watermarkMillis, long lastNewMillis, boolean stopped) implements UnboundedSource.CheckpointMark {

    static WatchMark start(long nowMillis) {
      long min = BoundedWindow.TIMESTAMP_MIN_VALUE.getMillis();
      return new WatchMark(List.of(), List.of(), 0, min, min, nowMillis, false);
    }

    /** Nothing to do: files are only read, never consumed. */
    @Override
    public void finalizeCheckpoint() {}
  }

  static final class WatchMarkCoder extends CustomCoder<WatchMark> {
    private static final ListCoder<String> PATHS = ListCoder.of(StringUtf8Coder.of());
    private static final VarLongCoder LONG = VarLongCoder.of();

    @Override
    public void encode(WatchMark mark, OutputStream out) throws IOException {
      PATHS.encode(mark.done(), out);
      PATHS.encode(mark.pending(), out);
      VarIntCoder.of().encode(mark.emittedOfFirst(), out);
      LONG.encode(mark.listingLatestMillis(), out);
      LONG.encode(mark.watermarkMillis(), out);
      LONG.encode(mark.lastNewMillis(), out);
      BooleanCoder.of().encode(mark.stopped(), out);
    }

    @Override
    public WatchMark decode(InputStream in) throws IOException {
      return new WatchMark(PATHS.decode(in), PATHS.decode(in), VarIntCoder.of().decode(in), LONG.decode(in),
          LONG.decode(in), LONG.decode(in), BooleanCoder.of().decode(in));
    }
  }

  /** A record with the time it is emitted at. */
  private record Timed(WatchedRecord record, Instant timestamp) {}

  static final class Reader extends UnboundedSource.UnboundedReader<WatchedRecord> {
    private final WatchedFilesSource source;
    private final FileParser parser;
    private final CounterCapture counts = new CounterCapture();
    private final WatchSchedule schedule;
    private final List<String> done;
    private final Deque<String> pending;
    private final Set<String> seen = new HashSet<>();
    /** Records of the file being read, not emitted yet. */
    private final Deque<Timed> records = new ArrayDeque<>();
    private int emittedOfFirst;
    private long listingLatestMillis;
    private long watermarkMillis;
    private boolean stopped;
    private Timed current;

    Reader(WatchedFilesSource source, WatchMark mark) {
      this.source = source;
      this.parser = new FileParser(source.settings.read());
      this.schedule = new WatchSchedule(source.settings.pollMillis(), source.settings.stopAfterIdleMillis(),
          mark.lastNewMillis());
      this.done = new ArrayList<>(mark.done());
      this.pending = new ArrayDeque<>(mark.pending());
      this.seen.addAll(mark.done());
      this.seen.addAll(mark.pending());
      this.listingLatestMillis = mark.listingLatestMillis();
      this.watermarkMillis = mark.watermarkMillis();
      this.stopped = mark.stopped();
      if (!pending.isEmpty()) {
        readFile(pending.peekFirst());
        for (int skip = 0; skip < mark.emittedOfFirst() && !records.isEmpty(); skip++) {
          records.removeFirst();
        }
        emittedOfFirst = mark.emittedOfFirst();
      }
    }

    @Override
    public boolean start() throws IOException {
      return advance();
    }

    @Override
    public boolean advance() throws IOException {
      current = null;
      if (stopped) {
        return false;
      }
      while (records.isEmpty()) {
        if (!pending.isEmpty()) {
          done.add(pending.removeFirst());
          emittedOfFirst = 0;
        }
        if (!pending.isEmpty()) {
          readFile(pending.peekFirst());
          continue;
        }
        // The listing is read to the end: its documents are on time, and now the watermark moves.
        watermarkMillis = Math.max(watermarkMillis, listingLatestMillis);
        long now = System.currentTimeMillis();
        if (!schedule.pollDue(now)) {
          return false;
        }
        List<String> fresh = list();
        schedule.polled(now, !fresh.isEmpty());
        if (fresh.isEmpty()) {
          if (schedule.idleExpired(now)) {
            stopped = true;
          }
          return false;
        }
        pending.addAll(fresh);
        readFile(pending.peekFirst());
      }
      current = records.removeFirst();
      emittedOfFirst++;
      return true;
    }

    /** The new files of the patterns, in path order. */
    private List<String> list() throws IOException {
      List<String> fresh = new ArrayList<>();
      for (String pattern : source.patterns) {
        for (Metadata file : InputFiles.match(pattern)) {
          String path = file.resourceId().toString();
          if (seen.add(path)) {
            fresh.add(path);
          }
        }
      }
      fresh.sort(Comparator.naturalOrder());
      return fresh;
    }

    /**
     * Reads one file into {@link #records}: documents at their timestamp or date's midnight, undated documents
     * and rejected records at the watermark (the lateness check turns undated ones away by their
     * key), then the file's counts.
     */
    private void readFile(String path) {
      Instant at = new Instant(watermarkMillis);
      counts.during(() -> {
        Counters.counter(Counters.FILES_MATCHED).inc();
        Metadata file;
        try {
          file = FileSystems.matchSingleFileSpec(path);
        } catch (IOException e) {
          Counters.counter(Counters.REJECTED_RECORDS).inc();
          Counters.counter(Counters.FILES_REJECTED).inc();
          records.add(new Timed(WatchedRecord.of(Rejected.file(path, "gone before it could be read: " + e.getMessage())), at));
          return;
        }
        parser.read(file,
            () -> Compression.detect(file.resourceId().getFilename()).readDecompressed(FileSystems.open(file.resourceId())),
            new FileParser.Emitter() {
              @Override
              public void document(Document document) {
                document(document, null);
              }

              @Override
              public void document(Document document, String writtenDate) {
                String date = ResolveDates.dateOf(document);
                Instant timestamp = at;
                if (!DateKeys.UNDATED.equals(date)) {
                  timestamp = eventTime(date, writtenDate);
                  listingLatestMillis = Math.max(listingLatestMillis, timestamp.getMillis());
                }
                records.add(new Timed(WatchedRecord.of(document), timestamp));
              }

              @Override
              public void rejected(Rejected rejected) {
                records.add(new Timed(WatchedRecord.of(rejected), at));
              }
            });
      });
      records.add(new Timed(WatchedRecord.counts(counts.take()), at));
    }

    /** The written timestamp when the document has one (within its date), else its date's midnight. */
    private Instant eventTime(String date, String writtenDate) {
      DayClock clock = source.settings.clock();
      LocalDate day = LocalDate.parse(date);
      return DateExtractor.timestampOfField(writtenDate, clock.zone())
          .map(java.time.Instant::toEpochMilli)
          .filter(millis -> clock.dateOf(millis).equals(day))
          .map(Instant::new)
          .orElseGet(() -> new Instant(clock.startMillis(day)));
    }

    @Override
    public WatchedRecord getCurrent() {
      return currentOrThrow().record();
    }

    @Override
    public Instant getCurrentTimestamp() {
      return currentOrThrow().timestamp();
    }

    private Timed currentOrThrow() {
      if (current == null) {
        throw new NoSuchElementException("no current record");
      }
      return current;
    }

    /** The end of time once the idle rule has ended the watch, so that every date fires its last pane. */
    @Override
    public Instant getWatermark() {
      return stopped ? BoundedWindow.TIMESTAMP_MAX_VALUE : new Instant(watermarkMillis);
    }

    @Override
    public WatchMark getCheckpointMark() {
      return new WatchMark(List.copyOf(done), List.copyOf(pending), emittedOfFirst, listingLatestMillis,
          watermarkMillis, schedule.lastNewMillis(), stopped);
    }

    @Override
    public WatchedFilesSource getCurrentSource() {
      return source;
    }

    @Override
    public void close() {}
  }
}
