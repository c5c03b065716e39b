package io.daybrief.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Comparator;
import io.daybrief.text.DateKeys;
import org.apache.beam.sdk.coders.BigEndianLongCoder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Where a paragraph occurs, without its text: what dedupe shuffles instead of the paragraph.
 *
 * @param fingerprint hash of the paragraph's canonical form
 * @param date date key of its document
 * @param document document id
 * @param position the paragraph's position in the document
 */
@DefaultCoder(ParagraphRef.ParagraphRefCoder.class)
public record ParagraphRef(long fingerprint, String date, String document, int position) {

  /** Which of two copies is kept: the earliest date ({@code undated} last), then document id, then position. */
  public static final Comparator<ParagraphRef> EARLIEST_FIRST =
      Comparator.comparing(ParagraphRef::date, DateKeys.ORDER)
          .thenComparing(ParagraphRef::document)
          .thenComparingInt(ParagraphRef::position);

  public static ParagraphRef of(AnalyzedDocument document, Paragraph paragraph) {
    return new ParagraphRef(paragraph.fingerprint(), document.date(), document.id(), paragraph.position());
  }

  /** Hand-written coder: Java serialization is slow and not stable across versions. */
  public static final class ParagraphRefCoder extends CustomCoder<ParagraphRef> {
    private static final ParagraphRefCoder INSTANCE = new ParagraphRefCoder();
    private static final BigEndianLongCoder LONG = BigEndianLongCoder.of();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarIntCoder INT = VarIntCoder.of();

    public static ParagraphRefCoder of() {
      return INSTANCE;
    }

    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(ParagraphRef.class), INSTANCE);
    }

    @Override
    public void encode(ParagraphRef value, OutputStream out) throws IOException {
      LONG.encode(value.fingerprint(), out);
      STRING.encode(value.date(), out);
      STRING.encode(value.document(), out);
      INT.encode(value.position(), out);
    }

    @Override
    public ParagraphRef decode(InputStream in) throws IOException {
      return new ParagraphRef(LONG.decode(in), STRING.decode(in), STRING.decode(in), INT.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
