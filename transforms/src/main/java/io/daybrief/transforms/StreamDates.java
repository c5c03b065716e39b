package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DayDocuments;
import io.daybrief.model.DayRecord;
import io.daybrief.text.DateFilter;
import io.daybrief.text.DaySummarizer;
import io.daybrief.text.NearDuplicates;
import io.daybrief.text.ReportedDates;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Streaming's view of a date: which documents (or parts of documents) it summarizes and which
 * records its IDF counts, from the newest pane of each publication date and the {@link DayRecord}s
 * of the dates seen, with the batch job's rules in the batch job's order (no Beam here):
 *
 * <ol>
 *   <li>each publication date's documents are deduplicated against the dates before it
 *       ({@link EarlierDays}, as batch's {@link DedupeParagraphs}: the earlier copy wins);
 *   <li>dated by report, the kept documents are split by the dates their sentences report on with
 *       batch's own {@link KeyByReportedDate#byReportedDate} (a sentence's place counted over the
 *       kept paragraphs), so a date d holds parts of the articles published from d to d + W, W the
 *       report window; dated by publication, a date holds its own articles only (W = 0);
 *   <li>the IDF of d counts the articles published in the {@code idfWindowDays} dates ending with
 *       d + W: every article that can report on d, as batch {@code --to=d+W} counts.
 * </ol>
 */
public final class StreamDates implements Serializable {
  /** The stream has read its documents already; every date they name is a date of the stream. */
  private static final DateFilter EVERY_DATE = new DateFilter(null, null, false);

  private final ReportedDates reported;
  private final int idfWindowDays;
  private final int dedupeRetentionDays;
  private final NearDuplicates.Settings near;
  private final int minWords;
  private transient EarlierDays earlierDays;

  /**
   * @param reported which dates a sentence reports on; null to date every sentence by its article
   * @param idfWindowDays the IDF of date d counts the articles of this many dates, ending with d + W
   * @param dedupeRetentionDays a paragraph is a copy when seen in the last this many dates before its own
   * @param minWords shorter sentences are never compared as near copies
   */
  public StreamDates(ReportedDates.Rule reported, int idfWindowDays, int dedupeRetentionDays,
      NearDuplicates.Settings near, int minWords) {
    this.reported = reported == null ? null : new ReportedDates(reported);
    this.idfWindowDays = idfWindowDays;
    this.dedupeRetentionDays = dedupeRetentionDays;
    this.near = near;
    this.minWords = minWords;
  }

  /** W: how many days after a date articles may still report on it (0 by publication). */
  public int windowDays() {
    return reported == null ? 0 : reported.rule().windowDays();
  }

  /** What the dates of a stream need kept of {@code date}'s documents for dedupe and IDF. */
  public DayRecord record(String date, List<AnalyzedDocument> documents) {
    return earlierDays().record(date, documents);
  }

  /**
   * How many days after {@code date} its record is still needed: by a later date's dedupe, or by
   * the IDF of a date whose window of publication dates ends after {@code date}.
   */
  public int recordDays() {
    return Math.max(idfWindowDays, dedupeRetentionDays);
  }

  /**
   * The state at one moment: {@code records} by date (publication dates, and the archive state's
   * dates) and the newest documents of each publication date still held. Each publication date is
   * deduplicated once per snapshot.
   */
  public Snapshot snapshot(Map<String, DayRecord> records, Function<String, List<AnalyzedDocument>> published) {
    return new Snapshot(new TreeMap<>(records), published);
  }

  private EarlierDays earlierDays() {
    if (earlierDays == null) {
      earlierDays = new EarlierDays(near, minWords);
    }
    return earlierDays;
  }

  /** See {@link #snapshot}. */
  public final class Snapshot {
    private final NavigableMap<String, DayRecord> records;
    private final Function<String, List<AnalyzedDocument>> published;
    private final Map<String, EarlierDays.Kept> kept = new HashMap<>();
    private final Map<String, Map<String, List<AnalyzedDocument>>> parts = new HashMap<>();

    private Snapshot(NavigableMap<String, DayRecord> records, Function<String, List<AnalyzedDocument>> published) {
      this.records = records;
      this.published = published;
    }

    /** The documents published on {@code date} without copies of earlier ones; null when none are held. */
    public EarlierDays.Kept kept(String date) {
      if (!kept.containsKey(date)) {
        List<AnalyzedDocument> documents = published.apply(date);
        EarlierDays.Kept result = null;
        if (documents != null) {
          LocalDate day = LocalDate.parse(date);
          String first = day.minusDays(dedupeRetentionDays).toString();
          List<DayRecord> earlier = new ArrayList<>(records.subMap(first, true, date, false).values());
          DayRecord today = records.containsKey(date) ? records.get(date) : record(date, documents);
          result = earlierDays().withoutCopies(documents, today, earlier);
        }
        kept.put(date, result);
      }
      return kept.get(date);
    }

    /**
     * The kept documents of publication date {@code date} by the dates they report on, each reduced
     * to its sentences of that date; every document listed under its own date too (it counts there).
     */
    public Map<String, List<AnalyzedDocument>> reportedParts(String date) {
      Map<String, List<AnalyzedDocument>> byDate = parts.get(date);
      if (byDate == null) {
        byDate = new TreeMap<>();
        EarlierDays.Kept documents = kept(date);
        if (documents != null) {
          for (AnalyzedDocument document : documents.documents()) {
            Map<String, AnalyzedDocument> split = reported == null ? Map.of(date, document)
                : KeyByReportedDate.byReportedDate(document, reported, EVERY_DATE);
            for (Map.Entry<String, AnalyzedDocument> part : split.entrySet()) {
              byDate.computeIfAbsent(part.getKey(), d -> new ArrayList<>()).add(part.getValue());
            }
          }
        }
        parts.put(date, byDate);
      }
      return byDate;
    }

    /** The documents of {@code date}: its parts of the articles published from it to W days later. */
    public DayDocuments documents(String date) {
      LocalDate day = LocalDate.parse(date);
      List<AnalyzedDocument> documents = new ArrayList<>();
      for (int after = 0; after <= windowDays(); after++) {
        documents.addAll(reportedParts(day.plusDays(after).toString()).getOrDefault(date, List.of()));
      }
      return DayDocuments.sorted(date, documents);
    }

    /** The IDF of {@code date}: the articles published in the {@code idfWindowDays} dates ending W days after it. */
    public DaySummarizer.Frequencies frequencies(String date) {
      LocalDate last = LocalDate.parse(date).plusDays(windowDays());
      List<DayRecord> days = new ArrayList<>(records.subMap(
          last.minusDays(idfWindowDays - 1L).toString(), true, last.toString(), true).values());
      return new DaySummarizer.Frequencies(
          EarlierDays.documentCount(days), term -> EarlierDays.documentFrequency(term, days));
    }
  }
}
