package io.daybrief.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.BigEndianLongCoder;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;

/**
 * A normalized, non-boilerplate block of a document.
 *
 * @param position 0-based index of the block among the document's non-blank lines
 * @param text normalized text; empty once split into sentences (see {@link #splitInto})
 * @param fingerprint 64-bit hash of the canonical form, equal for exact copies
 * @param sentences empty until sentences are split
 */
public record Paragraph(int position, String text, long fingerprint, List<Sentence> sentences) {

  /**
   * The paragraph as its sentences, without its text: nothing after the split reads it, and every
   * shuffle of analyzed documents would otherwise carry the text twice.
   */
  public Paragraph splitInto(List<Sentence> split) {
    return new Paragraph(position, "", fingerprint, List.copyOf(split));
  }

  public Paragraph withSentences(List<Sentence> split) {
    return new Paragraph(position, text, fingerprint, List.copyOf(split));
  }

  /** Nested inside {@link AnalyzedDocument.AnalyzedDocumentCoder}. */
  static final class ParagraphCoder extends CustomCoder<Paragraph> {
    static final ParagraphCoder INSTANCE = new ParagraphCoder();
    private static final VarIntCoder INT = VarIntCoder.of();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final BigEndianLongCoder LONG = BigEndianLongCoder.of();
    private static final ListCoder<Sentence> SENTENCES = ListCoder.of(Sentence.SentenceCoder.INSTANCE);

    @Override
    public void encode(Paragraph value, OutputStream out) throws IOException {
      INT.encode(value.position(), out);
      STRING.encode(value.text(), out);
      LONG.encode(value.fingerprint(), out);
      SENTENCES.encode(value.sentences(), out);
    }

    @Override
    public Paragraph decode(InputStream in) throws IOException {
      return new Paragraph(INT.decode(in), STRING.decode(in), LONG.decode(in), SENTENCES.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
