package io.daybrief.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * A sentence reference with a shingle set: a sentence's own shingles, or, on the way to a
 * candidate's date, the shingles of the earlier sentence it may copy.
 *
 * @param sentence the sentence the record is about
 * @param shingles sorted distinct shingle hashes
 */
@DefaultCoder(SentenceShingles.SentenceShinglesCoder.class)
public record SentenceShingles(SentenceRef sentence, int[] shingles) {

  @Override
  public boolean equals(Object other) {
    return other instanceof SentenceShingles that
        && sentence.equals(that.sentence) && Arrays.equals(shingles, that.shingles);
  }

  @Override
  public int hashCode() {
    return 31 * sentence.hashCode() + Arrays.hashCode(shingles);
  }

  @Override
  public String toString() {
    return "SentenceShingles[" + sentence + ", " + Arrays.toString(shingles) + "]";
  }

  /** Hand-written coder: Java serialization is slow and not stable across versions. */
  public static final class SentenceShinglesCoder extends CustomCoder<SentenceShingles> {
    private static final SentenceShinglesCoder INSTANCE = new SentenceShinglesCoder();
    private static final VarIntCoder INT = VarIntCoder.of();

    public static SentenceShinglesCoder of() {
      return INSTANCE;
    }

    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(SentenceShingles.class), INSTANCE);
    }

    @Override
    public void encode(SentenceShingles value, OutputStream out) throws IOException {
      SentenceRef.SentenceRefCoder.of().encode(value.sentence(), out);
      INT.encode(value.shingles().length, out);
      DataOutputStream data = new DataOutputStream(out);
      for (int shingle : value.shingles()) {
        data.writeInt(shingle);
      }
      data.flush();
    }

    @Override
    public SentenceShingles decode(InputStream in) throws IOException {
      SentenceRef sentence = SentenceRef.SentenceRefCoder.of().decode(in);
      int[] shingles = new int[INT.decode(in)];
      DataInputStream data = new DataInputStream(in);
      for (int i = 0; i < shingles.length; i++) {
        shingles[i] = data.readInt();
      }
      return new SentenceShingles(sentence, shingles);
    }

    @Override
    public void verifyDeterministic() {}
  }
}
