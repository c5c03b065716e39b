package io.daybrief.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** What a generated corpus holds, written next to it so a benchmark can report documents per second and check the rates. */
final class CorpusStats {
  /** What one article adds. */
  static final class ArticleCounts {
    int newParagraphs;
    int exactCopies;
    int nearCopies;
    int nearCopySentences;
    final Map<Boilerplate.Kind, Integer> boilerplate = new EnumMap<>(Boilerplate.Kind.class);
  }

  private final int sourceDocuments;
  private final int sourceSentences;
  private long documents;
  private long newParagraphs;
  private long exactCopies;
  private long nearCopies;
  private long nearCopySentences;
  private final Map<Boilerplate.Kind, Long> boilerplate = new EnumMap<>(Boilerplate.Kind.class);
  private long bytes;
  private int sourceWords;
  private long novelWords;
  private long wordTokens;

  CorpusStats(int sourceDocuments, int sourceSentences) {
    this.sourceDocuments = sourceDocuments;
    this.sourceSentences = sourceSentences;
    for (Boilerplate.Kind kind : Boilerplate.Kind.values()) {
      boilerplate.put(kind, 0L);
    }
  }

  void add(ArticleCounts counts) {
    documents++;
    newParagraphs += counts.newParagraphs;
    exactCopies += counts.exactCopies;
    nearCopies += counts.nearCopies;
    nearCopySentences += counts.nearCopySentences;
    counts.boilerplate.forEach((kind, lines) -> boilerplate.merge(kind, (long) lines, Long::sum));
  }

  void finish(long bytes, int sourceWords, long novelWords, long wordTokens) {
    this.bytes = bytes;
    this.sourceWords = sourceWords;
    this.novelWords = novelWords;
    this.wordTokens = wordTokens;
  }

  long documents() {
    return documents;
  }

  long bytes() {
    return bytes;
  }

  long bodyParagraphs() {
    return newParagraphs + exactCopies + nearCopies;
  }

  long boilerplateLines() {
    return boilerplate.values().stream().mapToLong(Long::longValue).sum();
  }

  long novelWords() {
    return novelWords;
  }

  /** One JSON object; rates are shares of body paragraphs (copies) and of body lines (boilerplate). */
  String toJson() {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.writeStartObject();
      json.writeNumberField("bytes", bytes);
      json.writeNumberField("documents", documents);
      json.writeObjectFieldStart("paragraphs");
      json.writeNumberField("new", newParagraphs);
      json.writeNumberField("exact_copies", exactCopies);
      json.writeNumberField("near_copies", nearCopies);
      json.writeNumberField("near_copy_sentences", nearCopySentences);
      json.writeEndObject();
      json.writeObjectFieldStart("boilerplate_lines");
      for (Map.Entry<Boilerplate.Kind, Long> kind : boilerplate.entrySet()) {
        json.writeNumberField(kind.getKey().name().toLowerCase(Locale.ROOT), kind.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("rates");
      json.writeNumberField("exact", share(exactCopies, bodyParagraphs()));
      json.writeNumberField("near", share(nearCopies, bodyParagraphs()));
      json.writeNumberField("boilerplate", share(boilerplateLines(), bodyParagraphs() + boilerplateLines()));
      json.writeEndObject();
      json.writeObjectFieldStart("vocabulary");
      json.writeNumberField("word_tokens", wordTokens);
      json.writeNumberField("source_words", sourceWords);
      json.writeNumberField("novel_words", novelWords);
      json.writeEndObject();
      json.writeObjectFieldStart("source");
      json.writeNumberField("documents", sourceDocuments);
      json.writeNumberField("sentences", sourceSentences);
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : Math.round(1e4 * part / (double) whole) / 1e4;
  }
}
