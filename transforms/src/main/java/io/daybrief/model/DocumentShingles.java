package io.daybrief.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The shingle sets of a document's comparable sentences, so that a candidate pair can fetch the
 * earlier sentence's set. One element per document.
 *
 * @param date the document's date key
 * @param document the document id
 * @param sentences the sentences, with their shingles, in document order
 */
@DefaultCoder(DocumentShingles.DocumentShinglesCoder.class)
public record DocumentShingles(String date, String document, List<SentenceShingles> sentences) {

  /** Hand-written coder: date and document id once, then positions and sorted shingle hashes. */
  public static final class DocumentShinglesCoder extends CustomCoder<DocumentShingles> {
    private static final DocumentShinglesCoder INSTANCE = new DocumentShinglesCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarIntCoder INT = VarIntCoder.of();

    public static DocumentShinglesCoder of() {
      return INSTANCE;
    }

    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(DocumentShingles.class), INSTANCE);
    }

    @Override
    public void encode(DocumentShingles value, OutputStream out) throws IOException {
      STRING.encode(value.date(), out);
      STRING.encode(value.document(), out);
      INT.encode(value.sentences().size(), out);
      DataOutputStream data = new DataOutputStream(out);
      for (SentenceShingles sentence : value.sentences()) {
        INT.encode(sentence.sentence().paragraph(), out);
        INT.encode(sentence.sentence().sentence(), out);
        INT.encode(sentence.shingles().length, out);
        for (int shingle : sentence.shingles()) {
          data.writeInt(shingle);
        }
        data.flush();
      }
    }

    @Override
    public DocumentShingles decode(InputStream in) throws IOException {
      String date = STRING.decode(in);
      String document = STRING.decode(in);
      int count = INT.decode(in);
      SentenceShingles[] sentences = new SentenceShingles[count];
      DataInputStream data = new DataInputStream(in);
      for (int i = 0; i < count; i++) {
        SentenceRef ref = new SentenceRef(date, document, INT.decode(in), INT.decode(in));
        int[] shingles = new int[INT.decode(in)];
        for (int j = 0; j < shingles.length; j++) {
          shingles[j] = data.readInt();
        }
        sentences[i] = new SentenceShingles(ref, shingles);
      }
      return new DocumentShingles(date, document, List.of(sentences));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
