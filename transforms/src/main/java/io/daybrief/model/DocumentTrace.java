package io.daybrief.model;

import io.daybrief.text.DaySummarizer;
import io.daybrief.text.NearDuplicates;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * What dedupe needs of a document, without its text: the fingerprint of every paragraph and the
 * shingle set of every comparable sentence. Dedupe derives its exact and near-copy keys from it,
 * for the run's documents and for the archive state's earlier ones alike.
 *
 * @param date the document's date key
 * @param document the document id
 * @param fingerprints the canonical-form hash of each paragraph, in document order
 * @param positions the position of each paragraph
 * @param sentences the sentences with at least the minimum word count and a shingle, in document order
 */
@DefaultCoder(DocumentTrace.DocumentTraceCoder.class)
public record DocumentTrace(
    String date, String document, long[] fingerprints, int[] positions, List<SentenceShingles> sentences) {

  /** The trace of an analyzed document; sentences shorter than {@code minWords} are never compared. */
  public static DocumentTrace of(AnalyzedDocument document, int minWords) {
    int count = document.paragraphs().size();
    long[] fingerprints = new long[count];
    int[] positions = new int[count];
    List<SentenceShingles> sentences = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      Paragraph paragraph = document.paragraphs().get(p);
      fingerprints[p] = paragraph.fingerprint();
      positions[p] = paragraph.position();
      for (int i = 0; i < paragraph.sentences().size(); i++) {
        Sentence sentence = paragraph.sentences().get(i);
        if (DaySummarizer.wordCount(sentence.text()) < minWords) {
          continue;
        }
        int[] shingles = NearDuplicates.shingles(sentence.terms());
        if (shingles.length > 0) {
          sentences.add(new SentenceShingles(
              new SentenceRef(document.date(), document.id(), paragraph.position(), i), shingles));
        }
      }
    }
    return new DocumentTrace(document.date(), document.id(), fingerprints, positions, List.copyOf(sentences));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentTrace that && date.equals(that.date) && document.equals(that.document)
        && Arrays.equals(fingerprints, that.fingerprints) && Arrays.equals(positions, that.positions)
        && sentences.equals(that.sentences);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * date.hashCode() + document.hashCode()) + Arrays.hashCode(fingerprints);
  }

  @Override
  public String toString() {
    return "DocumentTrace[" + date + ", " + document + ", " + Arrays.toString(fingerprints) + ", "
        + Arrays.toString(positions) + ", " + sentences + "]";
  }

  /** Hand-written coder: the shingles as {@link DocumentShingles} does, then the paragraphs. */
  public static final class DocumentTraceCoder extends CustomCoder<DocumentTrace> {
    private static final DocumentTraceCoder INSTANCE = new DocumentTraceCoder();
    private static final VarIntCoder INT = VarIntCoder.of();

    public static DocumentTraceCoder of() {
      return INSTANCE;
    }

    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(DocumentTrace.class), INSTANCE);
    }

    @Override
    public void encode(DocumentTrace value, OutputStream out) throws IOException {
      DocumentShingles.DocumentShinglesCoder.of()
          .encode(new DocumentShingles(value.date(), value.document(), value.sentences()), out);
      INT.encode(value.fingerprints().length, out);
      DataOutputStream data = new DataOutputStream(out);
      for (long fingerprint : value.fingerprints()) {
        data.writeLong(fingerprint);
      }
      data.flush();
      for (int position : value.positions()) {
        INT.encode(position, out);
      }
    }

    @Override
    public DocumentTrace decode(InputStream in) throws IOException {
      DocumentShingles shingles = DocumentShingles.DocumentShinglesCoder.of().decode(in);
      int count = INT.decode(in);
      long[] fingerprints = new long[count];
      DataInputStream data = new DataInputStream(in);
      for (int i = 0; i < count; i++) {
        fingerprints[i] = data.readLong();
      }
      int[] positions = new int[count];
      for (int i = 0; i < count; i++) {
        positions[i] = INT.decode(in);
      }
      return new DocumentTrace(shingles.date(), shingles.document(), fingerprints, positions, shingles.sentences());
    }

    @Override
    public void verifyDeterministic() {}
  }
}
