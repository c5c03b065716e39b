package io.daybrief.transforms;

import io.daybrief.model.DailySummary;
import io.daybrief.text.DateKeys;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes {@code <output>/summaries.jsonl}: one JSON object per date, dates ascending and
 * {@code undated} last. Input: daily summaries. Output: the staged file, for {@link CommitFiles}.
 */
public final class WriteSummaries extends PTransform<PCollection<DailySummary>, PCollection<KV<String, String>>> {
  public static final String FILE_NAME = "summaries.jsonl";

  private final String outputDirectory;
  private final String runId;

  public WriteSummaries(String outputDirectory, String runId) {
    this.outputDirectory = outputDirectory;
    this.runId = runId;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<DailySummary> summaries) {
    return summaries
        .apply(
            "FormatSummaries",
            MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                .via(summary -> KV.of(sortKey(summary.date()), JsonLines.summary(summary))))
        .apply("WriteSummaryFile", new WriteSortedLines(outputDirectory, FILE_NAME, runId));
  }

  /** ISO dates sort as text; a leading marker puts {@code undated} after all of them. */
  static String sortKey(String date) {
    return (DateKeys.UNDATED.equals(date) ? "1" : "0") + date;
  }
}
