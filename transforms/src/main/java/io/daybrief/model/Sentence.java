package io.daybrief.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;

/**
 * A sentence of a kept paragraph.
 *
 * @param text the normalized sentence as it will be shown
 * @param terms analyzed terms (lower-cased, stop words removed, stemmed), in text order
 */
public record Sentence(String text, List<String> terms) {

  /** Nested inside {@link Paragraph.ParagraphCoder}. */
  static final class SentenceCoder extends CustomCoder<Sentence> {
    static final SentenceCoder INSTANCE = new SentenceCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final ListCoder<String> TERMS = ListCoder.of(STRING);

    @Override
    public void encode(Sentence value, OutputStream out) throws IOException {
      STRING.encode(value.text(), out);
      TERMS.encode(value.terms(), out);
    }

    @Override
    public Sentence decode(InputStream in) throws IOException {
      return new Sentence(STRING.decode(in), TERMS.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
