package io.daybrief.transforms;

import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import io.daybrief.text.DayClock;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.Read;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Streaming input: polls file patterns for new files and reads each new file once (files present
 * at the start too), in path order. Input: none. Output: a tuple of {@link #DOCUMENTS}, each
 * timestamped at its date's midnight in the run's time zone, and {@link #REJECTED}, as
 * {@link ReadDocuments} has them.
 *
 * <p>The watermark follows the documents: once every file of a listing has been read, it moves to
 * the latest date read so far. Documents of that date are then still on time; a file of an earlier
 * date that arrives later is late data (taken while its date's allowed lateness lasts). With
 * {@code stopAfterIdleMillis} > 0 the watch ends once no new file has appeared for that long, and
 * the watermark moves past every date, so that every date's window fires its last pane. Beam's own
 * file watch ({@code FileIO.match().continuously}) advances the watermark with the clock, which
 * would make every article of the past late; see {@link WatchedFilesSource} for how it is read.
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
    this.patterns = inputs.stream().map(InputFiles::asPattern).toList();
    this.settings = settings;
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    return input
        .apply("PollFiles", Read.from(new WatchedFilesSource(patterns, settings)))
        .apply("SortWatchedRecords", ParDo.of(new SortWatchedRecordsFn())
            .withOutputTags(DOCUMENTS, TupleTagList.of(REJECTED)));
  }

  /** Documents and rejected records to their outputs; a file's counts to the job's counters. */
  static final class SortWatchedRecordsFn extends DoFn<WatchedRecord, Document> {
    @ProcessElement
    public void process(@Element WatchedRecord record, MultiOutputReceiver out) {
      if (record.document() != null) {
        out.get(DOCUMENTS).output(record.document());
      } else if (record.rejected() != null) {
        out.get(REJECTED).output(record.rejected());
      } else {
        for (Map.Entry<String, Long> count : record.counts().entrySet()) {
          Counters.counter(count.getKey()).inc(count.getValue());
        }
      }
    }
  }
}
