package io.daybrief.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The summary of one date.
 *
 * @param date a date key
 * @param documents how many documents the date has
 * @param sentences the chosen sentences in reading order
 * @param importance how much the date matters in the run ({@link io.daybrief.text.DateImportance})
 */
@DefaultCoder(DailySummary.DailySummaryCoder.class)
public record DailySummary(String date, int documents, List<DailySummary.Line> sentences, double importance) {

  /** A summary whose importance is its number of documents. */
  public DailySummary(String date, int documents, List<DailySummary.Line> sentences) {
    this(date, documents, sentences, documents);
  }

  /**
   * @param text the sentence, normalized
   * @param document id of the document it was taken from
   * @param score its ranking score
   * @param url the document's web address when it was read from one (http or https), else null
   */
  public record Line(String text, String document, double score, String url) {
    public Line(String text, String document, double score) {
      this(text, document, score, null);
    }
  }

  /** Hand-written coder: Java serialization is slow and not stable across versions. */
  public static final class DailySummaryCoder extends CustomCoder<DailySummary> {
    private static final DailySummaryCoder INSTANCE = new DailySummaryCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarIntCoder INT = VarIntCoder.of();
    private static final ListCoder<Line> LINES = ListCoder.of(new LineCoder());
    private static final DoubleCoder DOUBLE = DoubleCoder.of();

    public static DailySummaryCoder of() {
      return INSTANCE;
    }

    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(DailySummary.class), INSTANCE);
    }

    @Override
    public void encode(DailySummary value, OutputStream out) throws IOException {
      STRING.encode(value.date(), out);
      INT.encode(value.documents(), out);
      LINES.encode(value.sentences(), out);
      DOUBLE.encode(value.importance(), out);
    }

    @Override
    public DailySummary decode(InputStream in) throws IOException {
      return new DailySummary(STRING.decode(in), INT.decode(in), LINES.decode(in), DOUBLE.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }

  private static final class LineCoder extends CustomCoder<Line> {
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final DoubleCoder DOUBLE = DoubleCoder.of();
    private static final NullableCoder<String> NULLABLE_STRING = NullableCoder.of(STRING);

    @Override
    public void encode(Line value, OutputStream out) throws IOException {
      STRING.encode(value.text(), out);
      STRING.encode(value.document(), out);
      DOUBLE.encode(value.score(), out);
      NULLABLE_STRING.encode(value.url(), out);
    }

    @Override
    public Line decode(InputStream in) throws IOException {
      return new Line(STRING.decode(in), STRING.decode(in), DOUBLE.decode(in), NULLABLE_STRING.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
