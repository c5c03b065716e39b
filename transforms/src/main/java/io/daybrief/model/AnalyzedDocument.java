package io.daybrief.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * A dated document reduced to its kept paragraphs.
 *
 * @param id document id
 * @param date a date key (see {@link io.daybrief.text.DateKeys})
 * @param paragraphs in document order
 * @param url the web address the document was read from (an http or https {@link Document#source}),
 *     for a reader to follow; null for files
 */
@DefaultCoder(AnalyzedDocument.AnalyzedDocumentCoder.class)
public record AnalyzedDocument(String id, String date, List<Paragraph> paragraphs, String url) {

  public AnalyzedDocument(String id, String date, List<Paragraph> paragraphs) {
    this(id, date, paragraphs, null);
  }

  public AnalyzedDocument withParagraphs(List<Paragraph> kept) {
    return new AnalyzedDocument(id, date, List.copyOf(kept), url);
  }

  /** Adds every term of the document's sentences to {@code terms}. */
  public void collectTerms(Set<String> terms) {
    for (Paragraph paragraph : paragraphs) {
      for (Sentence sentence : paragraph.sentences()) {
        terms.addAll(sentence.terms());
      }
    }
  }

  /** Hand-written coder: Java serialization is slow and not stable across versions. */
  public static final class AnalyzedDocumentCoder extends CustomCoder<AnalyzedDocument> {
    private static final AnalyzedDocumentCoder INSTANCE = new AnalyzedDocumentCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final NullableCoder<String> NULLABLE_STRING = NullableCoder.of(STRING);
    private static final ListCoder<Paragraph> PARAGRAPHS = ListCoder.of(Paragraph.ParagraphCoder.INSTANCE);

    public static AnalyzedDocumentCoder of() {
      return INSTANCE;
    }

    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(AnalyzedDocument.class), INSTANCE);
    }

    @Override
    public void encode(AnalyzedDocument value, OutputStream out) throws IOException {
      STRING.encode(value.id(), out);
      STRING.encode(value.date(), out);
      PARAGRAPHS.encode(value.paragraphs(), out);
      NULLABLE_STRING.encode(value.url(), out);
    }

    @Override
    public AnalyzedDocument decode(InputStream in) throws IOException {
      return new AnalyzedDocument(STRING.decode(in), STRING.decode(in), PARAGRAPHS.decode(in), NULLABLE_STRING.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
