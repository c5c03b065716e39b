package io.daybrief.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * One input article.
 *
 * @param id document id: the file name without extensions, or the JSON Lines {@code id}
 * @param date {@code YYYY-MM-DD}, {@link io.daybrief.text.DateKeys#UNDATED}, or null while not yet resolved
 * @param title may be empty
 * @param text the body, paragraphs separated by line breaks
 * @param source where it was read from: the file, and for JSON Lines {@code file:line}; for a web
 *     page (an HTML file with a canonical URL, a WARC record) its URL
 * @param fetchDate when the page was fetched ({@code WARC-Date}, {@code YYYY-MM-DD} in the run's
 *     zone), null for everything else: the last resort for the date, counted apart, since fetch
 *     time is not publication time
 */
@DefaultCoder(Document.DocumentCoder.class)
public record Document(String id, String date, String title, String text, String source, String fetchDate) {

  public Document(String id, String date, String title, String text, String source) {
    this(id, date, title, text, source, null);
  }

  public Document withDate(String resolvedDate) {
    return new Document(id, resolvedDate, title, text, source, fetchDate);
  }

  /** Hand-written coder: Java serialization is slow and not stable across versions. */
  public static final class DocumentCoder extends CustomCoder<Document> {
    private static final DocumentCoder INSTANCE = new DocumentCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final NullableCoder<String> NULLABLE_STRING = NullableCoder.of(STRING);

    public static DocumentCoder of() {
      return INSTANCE;
    }

    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(Document.class), INSTANCE);
    }

    @Override
    public void encode(Document value, OutputStream out) throws IOException {
      STRING.encode(value.id(), out);
      NULLABLE_STRING.encode(value.date(), out);
      STRING.encode(value.title(), out);
      STRING.encode(value.text(), out);
      STRING.encode(value.source(), out);
      NULLABLE_STRING.encode(value.fetchDate(), out);
    }

    @Override
    public Document decode(InputStream in) throws IOException {
      return new Document(
          STRING.decode(in), NULLABLE_STRING.decode(in), STRING.decode(in), STRING.decode(in),
          STRING.decode(in), NULLABLE_STRING.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
