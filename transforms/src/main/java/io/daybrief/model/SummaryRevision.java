package io.daybrief.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * A date's summary as streaming emits it, once per firing of the date's window.
 *
 * @param summary the summary as the batch job would write it
 * @param revision 0 for the first summary of the date, then 1, 2, ...
 * @param last true for the date's last revision: none follows it
 */
@DefaultCoder(SummaryRevision.SummaryRevisionCoder.class)
public record SummaryRevision(DailySummary summary, int revision, boolean last) {

  /** Hand-written coder: Java serialization is slow and not stable across versions. */
  public static final class SummaryRevisionCoder extends CustomCoder<SummaryRevision> {
    private static final SummaryRevisionCoder INSTANCE = new SummaryRevisionCoder();
    private static final VarIntCoder INT = VarIntCoder.of();
    private static final BooleanCoder BOOLEAN = BooleanCoder.of();

    public static SummaryRevisionCoder of() {
      return INSTANCE;
    }

    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(SummaryRevision.class), INSTANCE);
    }

    @Override
    public void encode(SummaryRevision value, OutputStream out) throws IOException {
      DailySummary.DailySummaryCoder.of().encode(value.summary(), out);
      INT.encode(value.revision(), out);
      BOOLEAN.encode(value.last(), out);
    }

    @Override
    public SummaryRevision decode(InputStream in) throws IOException {
      return new SummaryRevision(DailySummary.DailySummaryCoder.of().decode(in), INT.decode(in), BOOLEAN.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
