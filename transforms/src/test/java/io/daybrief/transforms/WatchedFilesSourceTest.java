package io.daybrief.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.text.DayClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.util.CoderUtils;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file watch's reader, driven by hand as a runner drives it: records, watermark, checkpoints, the idle rule. */
class WatchedFilesSourceTest {
  private static final DayClock CLOCK = new DayClock("Asia/Tokyo", Duration.ofDays(2));

  @Test
  void readsEachFileOnceInPathOrderWithDocumentsAtTheirDatesMidnight(@TempDir Path in) throws IOException {
    write(in, "b.jsonl", record("b1", "2022-03-03"), record("b2", "2022-03-03"));
    write(in, "a.jsonl", record("a1", "2022-03-02"), "{not json");
    WatchedFilesSource.Reader reader = reader(in, 0);

    List<String> read = start(reader);

    assertEquals(List.of(
        "document a1 at 2022-03-02", "rejected line 2", "counts", "document b1 at 2022-03-03",
        "document b2 at 2022-03-03", "counts"), read);
  }

  @Test
  void aDocumentWithATimestampIsAtThatInstantAndTheWatermarkFollowsIt(@TempDir Path in) throws IOException {
    write(in, "a.jsonl", record("a1", "2022-03-02T13:44:00+09:00"), record("a2", "2022-03-02"));
    WatchedFilesSource.Reader reader = reader(in, 0);
    List<Instant> times = new ArrayList<>();
    for (boolean more = reader.start(); more; more = reader.advance()) {
      if (reader.getCurrent().document() != null) {
        times.add(reader.getCurrentTimestamp());
      }
    }
    assertEquals(List.of(Instant.parse("2022-03-02T04:44:00Z"), midnight("2022-03-02")), times);
    assertEquals(Instant.parse("2022-03-02T04:44:00Z"), reader.getWatermark());
  }

  @Test
  void eachFilesCountsTravelWithItsRecords(@TempDir Path in) throws IOException {
    write(in, "a.jsonl", record("a1", "2022-03-02"), "{not json");
    WatchedFilesSource.Reader reader = reader(in, 0);
    List<WatchedRecord> records = new ArrayList<>();
    for (boolean more = reader.start(); more; more = reader.advance()) {
      records.add(reader.getCurrent());
    }
    Map<String, Long> counts = records.get(records.size() - 1).counts();
    assertEquals(1L, counts.get(Counters.FILES_MATCHED));
    assertEquals(2L, counts.get(Counters.DOCUMENTS_READ));
    assertEquals(1L, counts.get(Counters.DOCUMENTS_PARSED));
    assertEquals(1L, counts.get(Counters.REJECTED_RECORDS));
  }

  @Test
  void theWatermarkMovesOnlyOnceTheWholeListingIsRead(@TempDir Path in) throws IOException {
    write(in, "a.jsonl", record("a1", "2022-03-04"));
    write(in, "b.jsonl", record("b1", "2022-03-02"));
    WatchedFilesSource.Reader reader = reader(in, 0);

    assertTrue(reader.start());
    // b's 2022-03-02 is in the same listing as a's 2022-03-04: it must still be on time.
    while (reader.advance()) {
      assertEquals(BoundedWindow.TIMESTAMP_MIN_VALUE, reader.getWatermark());
    }
    assertEquals(midnight("2022-03-04"), reader.getWatermark());
  }

  @Test
  void aFileThatArrivesLaterIsReadOnTheNextListing(@TempDir Path in) throws Exception {
    write(in, "a.jsonl", record("a1", "2022-03-02"));
    WatchedFilesSource.Reader reader = reader(in, 0);
    start(reader);
    write(in, "c.jsonl", record("c1", "2022-03-03"));

    assertEquals(List.of("document c1 at 2022-03-03", "counts"), more(reader));
    assertEquals(List.of(), more(reader));
    assertEquals(midnight("2022-03-03"), reader.getWatermark());
  }

  @Test
  void aReaderRestoredFromACheckpointEmitsTheRestExactlyOnce(@TempDir Path in) throws Exception {
    write(in, "a.jsonl", record("a1", "2022-03-02"), record("a2", "2022-03-02"), record("a3", "2022-03-02"));
    write(in, "b.jsonl", record("b1", "2022-03-03"));
    List<String> whole = start(reader(in, 0));

    for (int cut = 1; cut < whole.size(); cut++) {
      WatchedFilesSource.Reader first = reader(in, 0);
      List<String> read = new ArrayList<>();
      boolean more = first.start();
      while (more && read.size() < cut) {
        read.add(describe(first));
        more = read.size() < cut && first.advance();
      }
      WatchedFilesSource.WatchMarkCoder coder = new WatchedFilesSource.WatchMarkCoder();
      WatchedFilesSource.WatchMark mark = CoderUtils.clone(coder, first.getCheckpointMark());
      WatchedFilesSource.Reader restored = source(in, 0).createReader(PipelineOptionsFactory.create(), mark);
      for (boolean rest = restored.advance(); rest; rest = restored.advance()) {
        read.add(describe(restored));
      }
      assertEquals(whole, read, "checkpoint after " + cut + " records");
    }
  }

  @Test
  void theIdleRuleEndsTheWatchAndMovesTheWatermarkToTheEnd(@TempDir Path in) throws Exception {
    write(in, "a.jsonl", record("a1", "2022-03-02"));
    WatchedFilesSource.Reader reader = reader(in, 50);
    start(reader);
    assertEquals(midnight("2022-03-02"), reader.getWatermark());
    Thread.sleep(60);

    assertFalse(reader.advance());
    assertEquals(BoundedWindow.TIMESTAMP_MAX_VALUE, reader.getWatermark());
    write(in, "after.jsonl", record("z1", "2022-03-05"));
    assertEquals(List.of(), more(reader), "an ended watch reads no more files");
  }

  @Test
  void recordsSurviveTheirCoder() throws Exception {
    WatchedRecord.WatchedRecordCoder coder = new WatchedRecord.WatchedRecordCoder();
    WatchedRecord counts = WatchedRecord.counts(Map.of(Counters.DOCUMENTS_READ, 3L));
    assertEquals(counts, CoderUtils.clone(coder, counts));
    WatchedRecord rejected = WatchedRecord.of(io.daybrief.model.Rejected.file("x", "why"));
    assertEquals(rejected, CoderUtils.clone(coder, rejected));
  }

  private static WatchedFilesSource source(Path in, long stopAfterIdleMillis) {
    return new WatchedFilesSource(List.of(in.resolve("*").toString()), new WatchDocuments.Settings(
        new ReadDocuments.Settings("Asia/Tokyo", 100_000, 1), CLOCK, 1, stopAfterIdleMillis));
  }

  private static WatchedFilesSource.Reader reader(Path in, long stopAfterIdleMillis) {
    return source(in, stopAfterIdleMillis).createReader(PipelineOptionsFactory.create(), null);
  }

  /** What a new reader reads at its start: the first listing. */
  private static List<String> start(WatchedFilesSource.Reader reader) throws IOException {
    List<String> read = new ArrayList<>();
    for (boolean more = reader.start(); more; more = reader.advance()) {
      read.add(describe(reader));
    }
    return read;
  }

  /** What a started reader reads now; the poll interval of 1 ms has passed, so it lists the files again. */
  private static List<String> more(WatchedFilesSource.Reader reader) throws Exception {
    Thread.sleep(2);
    List<String> read = new ArrayList<>();
    for (boolean more = reader.advance(); more; more = reader.advance()) {
      read.add(describe(reader));
    }
    return read;
  }

  private static String describe(WatchedFilesSource.Reader reader) {
    WatchedRecord record = reader.getCurrent();
    if (record.document() != null) {
      return "document " + record.document().id() + " at " + CLOCK.dateOf(reader.getCurrentTimestamp().getMillis());
    }
    return record.rejected() != null ? "rejected line " + record.rejected().line() : "counts";
  }

  private static Instant midnight(String date) {
    return new Instant(CLOCK.startMillis(LocalDate.parse(date)));
  }

  private static String record(String id, String date) {
    return "{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"title\":\"T\",\"text\":\"Something happened in the city today.\"}";
  }

  private static void write(Path in, String name, String... lines) throws IOException {
    Path hidden = in.resolve("." + name);
    Files.write(hidden, List.of(lines));
    Files.move(hidden, in.resolve(name));
  }
}
