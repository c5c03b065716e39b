package io.daybrief.transforms;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.daybrief.model.DayDocuments;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes {@code <output>/dates.jsonl}: per date, how many documents it has and how many of their
 * paragraphs survived boilerplate removal and dedupe (what was new that day), dates ascending and
 * {@code undated} last. The digest's timeline is drawn from it. Input: each date's kept documents.
 * Output: the path written. It is staged and committed on its own: it only feeds the digest.
 */
public final class WriteDateCounts extends PTransform<PCollection<DayDocuments>, PCollection<String>> {
  public static final String FILE_NAME = "dates.jsonl";
  private static final JsonFactory JSON = new JsonFactory();

  private final String outputDirectory;
  private final String runId;

  public WriteDateCounts(String outputDirectory, String runId) {
    this.outputDirectory = outputDirectory;
    this.runId = runId;
  }

  @Override
  public PCollection<String> expand(PCollection<DayDocuments> days) {
    return days
        .apply(
            "FormatDateCounts",
            MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                .via(day -> KV.of(WriteSummaries.sortKey(day.date()), line(day))))
        .apply("WriteDateCountsFile", new WriteSortedLines(outputDirectory, FILE_NAME, runId))
        .apply("CommitDateCounts", new CommitFiles());
  }

  /** {@code {"date":…,"documents":…,"paragraphs":…}}, keys in alphabetical order like the other outputs. */
  static String line(DayDocuments day) {
    long paragraphs = day.documents().stream().mapToLong(document -> document.paragraphs().size()).sum();
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("date", day.date());
      // Every document of the date counts, also one whose paragraphs were all copies.
      json.writeNumberField("documents", day.documents().size());
      json.writeNumberField("paragraphs", paragraphs);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen when writing to a string", e);
    }
    return out.toString();
  }
}
