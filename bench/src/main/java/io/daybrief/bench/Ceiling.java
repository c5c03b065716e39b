package io.daybrief.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.daybrief.text.DateExtractor;
import io.daybrief.text.DaySummarizer;
import io.daybrief.text.Fingerprints;
import io.daybrief.text.InvalidInputException;
import io.daybrief.text.JsonLinesFormat;
import io.daybrief.text.JsonLinesFormat.JsonRecord;
import io.daybrief.text.LineReader;
import io.daybrief.text.NearDuplicates;
import io.daybrief.text.ParagraphExtractor;
import io.daybrief.text.ParagraphExtractor.Block;
import io.daybrief.text.ParagraphExtractor.Extraction;
import io.daybrief.text.SentenceSplitter;
import io.daybrief.text.TermAnalyzer;
import io.daybrief.text.TextDecoding;
import io.daybrief.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-core ceiling of the job's per-document work on this machine: what the job does to every
 * JSON Lines record before its first shuffle, with the project's own classes, in one plain loop on
 * one thread, without Beam. A pipeline on c cores can at best approach c times this rate.
 *
 * <p>Per record: read the line, decode, parse JSON, parse the date (or find one in the text),
 * normalize and classify blocks (boilerplate), fingerprint kept paragraphs, split sentences,
 * analyze terms, collect the document's distinct terms, and for every sentence the dedupe compares,
 * shingles and candidate keys (MinHash band keys and the set's own key).
 *
 * <pre>java -cp daybrief.jar io.daybrief.bench.Ceiling --input=GLOB [--timeZone=UTC]</pre>
 *
 * Prints the counts as one JSON object; they match the job's counters on the same input.
 */
public final class Ceiling {
  /** The pipeline's default --maxDocumentBytes: longer lines are rejected there, so skipped here. */
  private static final int MAX_LINE_BYTES = 16 * 1024 * 1024;


  /** What one pass produced; equal counts show the loop did the job's work, the checksum keeps the JIT from skipping any. */
  static final class Counts {
    long files;
    long bytes;
    long documents;
    long rejected;
    long paragraphsRead;
    long paragraphsKept;
    long sentences;
    long terms;
    long distinctDocumentTerms;
    long comparableSentences;
    long candidateKeys;
    long checksum;
  }

  private final ZoneId zone;
  private final int minWords;
  private final ParagraphExtractor extractor = new ParagraphExtractor();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final TermAnalyzer analyzer = new TermAnalyzer();
  private final NearDuplicates near = new NearDuplicates(NearDuplicates.Settings.DEFAULT);
  private final Counts counts = new Counts();

  /** @param minWords the job's --minSentenceWords: shorter sentences are not compared for near copies */
  Ceiling(ZoneId zone, int minWords) {
    this.zone = zone;
    this.minWords = minWords;
  }

  public static void main(String[] args) {
    String input = null;
    String timeZone = "UTC";
    int minWords = 6;
    for (String arg : args) {
      if (arg.startsWith("--input=")) {
        input = arg.substring("--input=".length());
      } else if (arg.startsWith("--timeZone=")) {
        timeZone = arg.substring("--timeZone=".length());
      } else if (arg.startsWith("--minSentenceWords=")) {
        minWords = Integer.parseInt(arg.substring("--minSentenceWords=".length()));
      } else {
        System.err.println("ceiling: unknown argument " + arg
            + " (usage: Ceiling --input=GLOB [--timeZone=UTC] [--minSentenceWords=6])");
        System.exit(2);
      }
    }
    List<Path> files = input == null ? List.of() : Globs.expand(input);
    if (files.isEmpty()) {
      System.err.println("ceiling: --input matches no file: " + input);
      System.exit(2);
    }
    Ceiling ceiling = new Ceiling(ZoneId.of(timeZone), minWords);
    long start = System.nanoTime();
    for (Path file : files) {
      ceiling.readFile(file);
    }
    System.out.println(toJson(ceiling.counts, (System.nanoTime() - start) / 1e9));
  }

  Counts counts() {
    return counts;
  }

  void readFile(Path file) {
    counts.files++;
    counts.bytes += file.toFile().length();
    // As ReadDocuments: lines split as bytes (the reader reads in blocks), each decoded on its own.
    try (InputStream in = Files.newInputStream(file)) {
      LineReader lines = new LineReader(in, MAX_LINE_BYTES);
      for (byte[] line = lines.next(); line != null; line = lines.next()) {
        if (!isBlank(line)) {
          readRecord(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private void readRecord(byte[] line) {
    JsonRecord record;
    String date;
    try {
      record = JsonLinesFormat.parse(TextDecoding.decode(line));
      date = record.date() == null ? null : explicitDate(record.date());
    } catch (InvalidInputException e) {
      counts.rejected++;
      return;
    }
    if (date == null) {
      date = DateExtractor.firstDate(record.text()).map(Object::toString).orElse("undated");
    }
    counts.documents++;
    counts.checksum += date.length();
    Extraction extraction = extractor.extract(record.title(), record.text());
    counts.paragraphsRead += extraction.blocks();
    counts.paragraphsKept += extraction.kept().size();
    Set<String> distinct = new HashSet<>();
    for (Block block : extraction.kept()) {
      counts.checksum ^= Fingerprints.of(TextNormalizer.canonical(block.text()));
      for (String sentence : splitter.split(block.text())) {
        analyzeSentence(sentence, distinct);
      }
    }
    counts.distinctDocumentTerms += distinct.size();
  }

  private void analyzeSentence(String sentence, Set<String> documentTerms) {
    counts.sentences++;
    List<String> terms = analyzer.terms(sentence);
    counts.terms += terms.size();
    documentTerms.addAll(terms);
    if (DaySummarizer.wordCount(sentence) < minWords) {
      return;
    }
    int[] shingles = NearDuplicates.shingles(terms);
    if (shingles.length == 0) {
      return;
    }
    counts.comparableSentences++;
    for (long key : near.candidateKeys(shingles)) {
      counts.candidateKeys++;
      counts.checksum ^= key;
    }
  }

  private String explicitDate(String raw) throws InvalidInputException {
    return DateExtractor.parseDateField(raw, zone)
        .orElseThrow(() -> new InvalidInputException("invalid date '" + raw + "'"))
        .toString();
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  static String toJson(Counts counts, double seconds) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.writeStartObject();
      json.writeNumberField("files", counts.files);
      json.writeNumberField("bytes", counts.bytes);
      json.writeNumberField("documents", counts.documents);
      json.writeNumberField("rejected", counts.rejected);
      json.writeNumberField("paragraphs_read", counts.paragraphsRead);
      json.writeNumberField("paragraphs_kept", counts.paragraphsKept);
      json.writeNumberField("sentences", counts.sentences);
      json.writeNumberField("terms", counts.terms);
      json.writeNumberField("distinct_document_terms", counts.distinctDocumentTerms);
      json.writeNumberField("comparable_sentences", counts.comparableSentences);
      json.writeNumberField("candidate_keys", counts.candidateKeys);
      json.writeStringField("checksum", Long.toHexString(counts.checksum));
      json.writeNumberField("loop_seconds", Math.round(seconds * 1000) / 1000.0);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
