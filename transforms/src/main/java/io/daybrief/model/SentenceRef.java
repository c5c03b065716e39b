package io.daybrief.model;

import io.daybrief.text.DateKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Comparator;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Where a sentence occurs, without its text.
 *
 * @param date date key of its document
 * @param document document id
 * @param paragraph the paragraph's position in the document
 * @param sentence the sentence's index in the paragraph
 */
@DefaultCoder(SentenceRef.SentenceRefCoder.class)
public record SentenceRef(String date, String document, int paragraph, int sentence) {

  /** Which of two near copies is kept: the earliest date ({@code undated} last), then document id, then position. */
  public static final Comparator<SentenceRef> EARLIEST_FIRST =
      Comparator.comparing(SentenceRef::date, DateKeys.ORDER)
          .thenComparing(SentenceRef::document)
          .thenComparingInt(SentenceRef::paragraph)
          .thenComparingInt(SentenceRef::sentence);

  /** Hand-written coder: deterministic, so it can be a grouping key. */
  public static final class SentenceRefCoder extends CustomCoder<SentenceRef> {
    private static final SentenceRefCoder INSTANCE = new SentenceRefCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarIntCoder INT = VarIntCoder.of();

    public static SentenceRefCoder of() {
      return INSTANCE;
    }

    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(SentenceRef.class), INSTANCE);
    }

    @Override
    public void encode(SentenceRef value, OutputStream out) throws IOException {
      STRING.encode(value.date(), out);
      STRING.encode(value.document(), out);
      INT.encode(value.paragraph(), out);
      INT.encode(value.sentence(), out);
    }

    @Override
    public SentenceRef decode(InputStream in) throws IOException {
      return new SentenceRef(STRING.decode(in), STRING.decode(in), INT.decode(in), INT.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
