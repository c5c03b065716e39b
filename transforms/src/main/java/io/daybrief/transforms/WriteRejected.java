package io.daybrief.transforms;

import io.daybrief.model.Rejected;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes {@code <output>/rejected.jsonl}: one JSON object per unusable file or record, sorted by
 * source, then line (JSON Lines) or offset (WARC records). Input: rejected records. Output: the staged file, for {@link CommitFiles}.
 */
public final class WriteRejected extends PTransform<PCollection<Rejected>, PCollection<KV<String, String>>> {
  public static final String FILE_NAME = "rejected.jsonl";

  private final String outputDirectory;
  private final String runId;

  public WriteRejected(String outputDirectory, String runId) {
    this.outputDirectory = outputDirectory;
    this.runId = runId;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Rejected> rejected) {
    return rejected
        .apply(
            "FormatRejected",
            MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                .via(r -> KV.of(String.format("%s\u0000%020d\u0000%020d", r.source(), r.line(), r.offset() + 1), JsonLines.rejected(r))))
        .apply("WriteRejectedFile", new WriteSortedLines(outputDirectory, FILE_NAME, runId));
  }
}
