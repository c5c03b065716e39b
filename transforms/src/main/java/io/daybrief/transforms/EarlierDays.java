package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.ArchiveSegment;
import io.daybrief.model.DayRecord;
import io.daybrief.model.DocumentTrace;
import io.daybrief.model.ParagraphRef;
import io.daybrief.model.Paragraph;
import io.daybrief.model.Sentence;
import io.daybrief.model.SentenceRef;
import io.daybrief.model.SentenceShingles;
import io.daybrief.text.DaySummarizer;
import io.daybrief.text.EarlierCopies;
import io.daybrief.text.LaterCopies;
import io.daybrief.text.NearDuplicates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streaming's dedupe and IDF for one date, from the date's documents and the {@link DayRecord}s of
 * the dates before it, with the batch job's rules (no Beam here, so it is unit-tested on its own):
 *
 * <ul>
 *   <li>a paragraph is an exact copy when its fingerprint occurred on an earlier date, or earlier
 *       on the same date (document id, then position): {@link LaterCopies}, as in {@link DedupeParagraphs};
 *   <li>a sentence is a near copy by the rule of {@link EarlierCopies}, as in {@link DedupeParagraphs};
 *   <li>document frequencies and the document count sum the given records and the date itself.
 * </ul>
 *
 * Template text needs no rule of its own here: a date's summary only contains paragraphs whose
 * earliest occurrence is on that date, and a paragraph first seen on the last date of a run cannot
 * have been repeated on several dates yet, so the batch rule never drops anything from it either.
 */
public final class EarlierDays {

  /** A date's documents without copies, and how many paragraphs and sentences were dropped. */
  public record Kept(List<AnalyzedDocument> documents, int exactCopies, int nearCopies) {}

  /** Streaming needs no template rule (see above): no fingerprint ever qualifies. */
  private static final LaterCopies.TemplateRule NO_TEMPLATES = new LaterCopies.TemplateRule(Integer.MAX_VALUE, 1);

  private final NearDuplicates near;
  private final EarlierCopies copies;
  private final int minWords;

  /** @param minWords sentences shorter than this are never compared, as in {@link DedupeParagraphs} */
  public EarlierDays(NearDuplicates.Settings near, int minWords) {
    this.near = new NearDuplicates(near);
    this.copies = new EarlierCopies(near);
    this.minWords = minWords;
  }

  /** What later dates need of {@code date}: its counts, fingerprints and comparable sentences. */
  public DayRecord record(String date, List<AnalyzedDocument> documents) {
    Map<String, Long> frequencies = new HashMap<>();
    Set<Long> fingerprints = new LinkedHashSet<>();
    List<SentenceShingles> sentences = new ArrayList<>();
    for (AnalyzedDocument document : documents) {
      Set<String> terms = new HashSet<>();
      document.collectTerms(terms);
      terms.forEach(term -> frequencies.merge(term, 1L, Long::sum));
      for (Paragraph paragraph : document.paragraphs()) {
        fingerprints.add(paragraph.fingerprint());
        for (int i = 0; i < paragraph.sentences().size(); i++) {
          int[] shingles = comparableShingles(paragraph.sentences().get(i));
          if (shingles.length > 0) {
            sentences.add(new SentenceShingles(new SentenceRef(date, document.id(), paragraph.position(), i), shingles));
          }
        }
      }
    }
    return new DayRecord(date, documents.size(), frequencies,
        fingerprints.stream().mapToLong(Long::longValue).toArray(), sentences);
  }

  /**
   * The record of a date of the batch jobs' archive state: what {@link #record} gives for the
   * date's documents, from the segment those documents left (same counts, fingerprints and shingle
   * sets when the state was built with the same minimum sentence length). A segment whose traces
   * were forgotten (state retention) still counts in IDF but dedupes nothing.
   */
  public static DayRecord recordOf(ArchiveSegment segment) {
    Set<Long> fingerprints = new LinkedHashSet<>();
    List<SentenceShingles> sentences = new ArrayList<>();
    for (DocumentTrace trace : segment.traces()) {
      for (long fingerprint : trace.fingerprints()) {
        fingerprints.add(fingerprint);
      }
      sentences.addAll(trace.sentences());
    }
    return new DayRecord(segment.date(), segment.documents(), new HashMap<>(segment.frequencies()),
        fingerprints.stream().mapToLong(Long::longValue).toArray(), sentences);
  }

  /**
   * The date's documents (sorted by id) without the paragraphs and sentences that copy an earlier
   * occurrence; documents left without paragraphs stay (they count as the date's documents).
   *
   * @param today {@link #record} of the same documents
   * @param earlier records of earlier dates only
   */
  public Kept withoutCopies(List<AnalyzedDocument> documents, DayRecord today, Collection<DayRecord> earlier) {
    LaterCopies<ParagraphRef> occurrences = new LaterCopies<>(
        ParagraphRef::fingerprint, ParagraphRef::date, ParagraphRef.EARLIEST_FIRST, NO_TEMPLATES);
    Set<ParagraphRef> exactCopies = new HashSet<>();
    for (DayRecord day : earlier) {
      for (long fingerprint : day.fingerprints()) {
        occurrences.add(new ParagraphRef(fingerprint, day.date(), "", -1), exactCopies::add);
      }
    }
    for (AnalyzedDocument document : documents) {
      for (Paragraph paragraph : document.paragraphs()) {
        occurrences.add(ParagraphRef.of(document, paragraph), exactCopies::add);
      }
    }
    Set<SentenceRef> nearCopies = nearCopies(today, earlier);
    int exact = 0;
    List<AnalyzedDocument> kept = new ArrayList<>(documents.size());
    for (AnalyzedDocument document : documents) {
      List<Paragraph> fresh = new ArrayList<>(document.paragraphs().size());
      for (Paragraph paragraph : document.paragraphs()) {
        if (exactCopies.contains(ParagraphRef.of(document, paragraph))) {
          exact++;
          continue;
        }
        List<Sentence> sentences = new ArrayList<>(paragraph.sentences().size());
        for (int i = 0; i < paragraph.sentences().size(); i++) {
          if (!nearCopies.contains(new SentenceRef(document.date(), document.id(), paragraph.position(), i))) {
            sentences.add(paragraph.sentences().get(i));
          }
        }
        if (!sentences.isEmpty()) {
          fresh.add(sentences.size() == paragraph.sentences().size() ? paragraph : paragraph.withSentences(sentences));
        }
      }
      kept.add(document.withParagraphs(fresh));
    }
    return new Kept(kept, exact, nearCopies.size());
  }

  /** Document count of the given records: the IDF's collection size. */
  public static long documentCount(Collection<DayRecord> days) {
    long count = 0;
    for (DayRecord day : days) {
      count += day.documents();
    }
    return count;
  }

  /** Document frequency of {@code term} over the given records. */
  public static long documentFrequency(String term, Collection<DayRecord> days) {
    long frequency = 0;
    for (DayRecord day : days) {
      frequency += day.frequencies().getOrDefault(term, 0L);
    }
    return frequency;
  }

  private Set<SentenceRef> nearCopies(DayRecord today, Collection<DayRecord> earlier) {
    Map<Long, List<SentenceShingles>> buckets = new HashMap<>();
    Set<Long> todaysKeys = new HashSet<>();
    for (SentenceShingles sentence : today.sentences()) {
      for (long key : near.candidateKeys(sentence.shingles())) {
        todaysKeys.add(key);
        buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(sentence);
      }
    }
    for (DayRecord day : earlier) {
      for (SentenceShingles sentence : day.sentences()) {
        for (long key : near.candidateKeys(sentence.shingles())) {
          if (todaysKeys.contains(key)) {
            buckets.get(key).add(sentence);
          }
        }
      }
    }
    Set<SentenceRef> found = new HashSet<>();
    for (List<SentenceShingles> members : buckets.values()) {
      members.sort((a, b) -> SentenceRef.EARLIEST_FIRST.compare(a.sentence(), b.sentence()));
      for (int later = 1; later < members.size(); later++) {
        SentenceShingles sentence = members.get(later);
        if (!sentence.sentence().date().equals(today.date()) || found.contains(sentence.sentence())) {
          continue;
        }
        for (SentenceShingles candidate : EarlierCopies.comparedWith(members, later)) {
          if (copies.isCopy(sentence.shingles(), candidate.shingles())) {
            found.add(sentence.sentence());
            break;
          }
        }
      }
    }
    return found;
  }

  private int[] comparableShingles(Sentence sentence) {
    if (DaySummarizer.wordCount(sentence.text()) < minWords) {
      return new int[0];
    }
    return NearDuplicates.shingles(sentence.terms());
  }
}
