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
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Keys of several paragraphs or sentences of one document bound for the same shard: one element
 * and one copy of the date and document id instead of one per key, which is what dedupe's
 * shuffles are made of (each comparable sentence has ten LSH band keys).
 *
 * @param date the document's date key
 * @param document the document id
 * @param keys a fingerprint or band key per entry
 * @param paragraphs the paragraph position per entry
 * @param sentences the sentence index per entry; -1 where the entry is a whole paragraph
 * @param sets a hash of the sentence's whole shingle set per entry ({@link
 *     io.daybrief.text.NearDuplicates#setHash}); null for a batch of paragraphs
 */
@DefaultCoder(RefBatch.RefBatchCoder.class)
public record RefBatch(String date, String document, long[] keys, int[] paragraphs, int[] sentences, long[] sets) {

  public int size() {
    return keys.length;
  }

  public ParagraphRef paragraphRef(int entry) {
    return new ParagraphRef(keys[entry], date, document, paragraphs[entry]);
  }

  public SentenceRef sentenceRef(int entry) {
    return new SentenceRef(date, document, paragraphs[entry], sentences[entry]);
  }

  /** Collects the entries of one document for one shard. */
  public static final class Builder {
    private final String date;
    private final String document;
    private long[] keys = new long[8];
    private int[] paragraphs = new int[8];
    private int[] sentences = new int[8];
    private long[] sets;
    private int size;

    public Builder(String date, String document) {
      this.date = date;
      this.document = document;
    }

    /** A paragraph's entry. */
    public Builder add(long key, int paragraph, int sentence) {
      if (sets != null) {
        throw new IllegalStateException("a batch holds paragraphs or sentences, not both");
      }
      append(key, paragraph, sentence);
      return this;
    }

    /** A sentence's entry, with the hash of its whole shingle set. */
    public Builder add(long key, int paragraph, int sentence, long set) {
      if (sets == null) {
        if (size > 0) {
          throw new IllegalStateException("a batch holds paragraphs or sentences, not both");
        }
        sets = new long[keys.length];
      }
      append(key, paragraph, sentence);
      sets[size - 1] = set;
      return this;
    }

    private void append(long key, int paragraph, int sentence) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        paragraphs = Arrays.copyOf(paragraphs, size * 2);
        sentences = Arrays.copyOf(sentences, size * 2);
        if (sets != null) {
          sets = Arrays.copyOf(sets, size * 2);
        }
      }
      keys[size] = key;
      paragraphs[size] = paragraph;
      sentences[size] = sentence;
      size++;
    }

    public RefBatch build() {
      return new RefBatch(date, document, Arrays.copyOf(keys, size), Arrays.copyOf(paragraphs, size),
          Arrays.copyOf(sentences, size), sets == null ? null : Arrays.copyOf(sets, size));
    }
  }

  /** Hand-written coder: Java serialization is slow and not stable across versions. */
  public static final class RefBatchCoder extends CustomCoder<RefBatch> {
    private static final RefBatchCoder INSTANCE = new RefBatchCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarIntCoder INT = VarIntCoder.of();

    public static RefBatchCoder of() {
      return INSTANCE;
    }

    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(RefBatch.class), INSTANCE);
    }

    @Override
    public void encode(RefBatch value, OutputStream out) throws IOException {
      STRING.encode(value.date(), out);
      STRING.encode(value.document(), out);
      INT.encode(value.size(), out);
      DataOutputStream data = new DataOutputStream(out);
      for (int i = 0; i < value.size(); i++) {
        data.writeLong(value.keys()[i]);
      }
      data.writeBoolean(value.sets() != null);
      if (value.sets() != null) {
        for (int i = 0; i < value.size(); i++) {
          data.writeLong(value.sets()[i]);
        }
      }
      data.flush();
      for (int i = 0; i < value.size(); i++) {
        INT.encode(value.paragraphs()[i], out);
        INT.encode(value.sentences()[i], out);
      }
    }

    @Override
    public RefBatch decode(InputStream in) throws IOException {
      String date = STRING.decode(in);
      String document = STRING.decode(in);
      int size = INT.decode(in);
      long[] keys = new long[size];
      DataInputStream data = new DataInputStream(in);
      for (int i = 0; i < size; i++) {
        keys[i] = data.readLong();
      }
      long[] sets = null;
      if (data.readBoolean()) {
        sets = new long[size];
        for (int i = 0; i < size; i++) {
          sets[i] = data.readLong();
        }
      }
      int[] paragraphs = new int[size];
      int[] sentences = new int[size];
      for (int i = 0; i < size; i++) {
        paragraphs[i] = INT.decode(in);
        sentences[i] = INT.decode(in);
      }
      return new RefBatch(date, document, keys, paragraphs, sentences, sets);
    }

    @Override
    public void verifyDeterministic() {}
  }
}
