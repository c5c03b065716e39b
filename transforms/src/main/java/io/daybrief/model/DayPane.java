package io.daybrief.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * One firing of a date's streaming window: every document of the date received so far (panes
 * accumulate), before dedupe.
 *
 * @param date a date key
 * @param documents sorted by id
 * @param revision the pane's index: 0 for the first firing of the date, then 1, 2, ...
 * @param last whether this is the window's last pane (allowed lateness has expired)
 */
@DefaultCoder(DayPane.DayPaneCoder.class)
public record DayPane(String date, List<AnalyzedDocument> documents, int revision, boolean last) {

  /** Hand-written coder: Java serialization is slow and not stable across versions. */
  public static final class DayPaneCoder extends CustomCoder<DayPane> {
    private static final DayPaneCoder INSTANCE = new DayPaneCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarIntCoder INT = VarIntCoder.of();
    private static final BooleanCoder BOOLEAN = BooleanCoder.of();
    private static final ListCoder<AnalyzedDocument> DOCUMENTS =
        ListCoder.of(AnalyzedDocument.AnalyzedDocumentCoder.of());

    public static DayPaneCoder of() {
      return INSTANCE;
    }

    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(DayPane.class), INSTANCE);
    }

    @Override
    public void encode(DayPane value, OutputStream out) throws IOException {
      STRING.encode(value.date(), out);
      DOCUMENTS.encode(value.documents(), out);
      INT.encode(value.revision(), out);
      BOOLEAN.encode(value.last(), out);
    }

    @Override
    public DayPane decode(InputStream in) throws IOException {
      return new DayPane(STRING.decode(in), DOCUMENTS.decode(in), INT.decode(in), BOOLEAN.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
