package io.daybrief.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * What streaming keeps of a date once its documents have been seen: enough for later dates to
 * find copies of it and to count its documents in their IDF, without the documents themselves.
 *
 * @param date a date key
 * @param documents how many documents the date has (before dedupe)
 * @param frequencies document frequency of each term among the date's documents (before dedupe)
 * @param fingerprints the canonical-form fingerprints of its paragraphs, distinct
 * @param sentences the shingle sets of its sentences that near-copy detection compares
 */
@DefaultCoder(DayRecord.DayRecordCoder.class)
public record DayRecord(
    String date, long documents, Map<String, Long> frequencies, long[] fingerprints, List<SentenceShingles> sentences) {

  /** Hand-written coder: Java serialization is slow and not stable across versions. */
  public static final class DayRecordCoder extends CustomCoder<DayRecord> {
    private static final DayRecordCoder INSTANCE = new DayRecordCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarIntCoder INT = VarIntCoder.of();
    private static final VarLongCoder LONG = VarLongCoder.of();
    private static final MapCoder<String, Long> FREQUENCIES = MapCoder.of(STRING, LONG);
    private static final ListCoder<SentenceShingles> SENTENCES = ListCoder.of(SentenceShingles.SentenceShinglesCoder.of());

    public static DayRecordCoder of() {
      return INSTANCE;
    }

    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(DayRecord.class), INSTANCE);
    }

    @Override
    public void encode(DayRecord value, OutputStream out) throws IOException {
      STRING.encode(value.date(), out);
      LONG.encode(value.documents(), out);
      FREQUENCIES.encode(value.frequencies(), out);
      INT.encode(value.fingerprints().length, out);
      DataOutputStream data = new DataOutputStream(out);
      for (long fingerprint : value.fingerprints()) {
        data.writeLong(fingerprint);
      }
      data.flush();
      SENTENCES.encode(value.sentences(), out);
    }

    @Override
    public DayRecord decode(InputStream in) throws IOException {
      String date = STRING.decode(in);
      long documents = LONG.decode(in);
      Map<String, Long> frequencies = FREQUENCIES.decode(in);
      long[] fingerprints = new long[INT.decode(in)];
      DataInputStream data = new DataInputStream(in);
      for (int i = 0; i < fingerprints.length; i++) {
        fingerprints[i] = data.readLong();
      }
      return new DayRecord(date, documents, frequencies, fingerprints, SENTENCES.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
