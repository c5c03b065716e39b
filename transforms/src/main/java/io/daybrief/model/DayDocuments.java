package io.daybrief.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * All documents of one date, each reduced to the paragraphs that are new on that date.
 *
 * @param date a date key
 * @param documents sorted by id; a document whose paragraphs were all copies is still listed
 */
@DefaultCoder(DayDocuments.DayDocumentsCoder.class)
public record DayDocuments(String date, List<AnalyzedDocument> documents) {

  /** The date's documents in id order, whatever order a grouping delivered them in. */
  public static DayDocuments sorted(String date, Iterable<AnalyzedDocument> documents) {
    List<AnalyzedDocument> list = new ArrayList<>();
    documents.forEach(list::add);
    list.sort(Comparator.comparing(AnalyzedDocument::id));
    return new DayDocuments(date, list);
  }

  /** Hand-written coder: Java serialization is slow and not stable across versions. */
  public static final class DayDocumentsCoder extends CustomCoder<DayDocuments> {
    private static final DayDocumentsCoder INSTANCE = new DayDocumentsCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final ListCoder<AnalyzedDocument> DOCUMENTS =
        ListCoder.of(AnalyzedDocument.AnalyzedDocumentCoder.of());

    public static DayDocumentsCoder of() {
      return INSTANCE;
    }

    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(DayDocuments.class), INSTANCE);
    }

    @Override
    public void encode(DayDocuments value, OutputStream out) throws IOException {
      STRING.encode(value.date(), out);
      DOCUMENTS.encode(value.documents(), out);
    }

    @Override
    public DayDocuments decode(InputStream in) throws IOException {
      return new DayDocuments(STRING.decode(in), DOCUMENTS.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
