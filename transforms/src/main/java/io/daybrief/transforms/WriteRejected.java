package io.daybrief.transforms;

import io.daybrief.model.Rejected;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes {@code <output>/rejected.jsonl}: one JSON object per unusable file or record, sorted by
 * source then line. Input: rejected records. Output: the path written.
 */
public final class WriteRejected extends PTransform<PCollection<Rejected>, PCollection<String>> {
  public static final String FILE_NAME = "rejected.jsonl";

  private final String outputDirectory;

  public WriteRejected(String outputDirectory) {
    this.outputDirectory = outputDirectory;
  }

  @Override
  public PCollection<String> expand(PCollection<Rejected> rejected) {
    return rejected
        .apply(
            "FormatRejected",
            MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                .via(r -> KV.of(String.format("%s\u0000%020d", r.source(), r.line()), JsonLines.rejected(r))))
        .apply("WriteRejectedFile", new WriteSortedLines(outputDirectory, FILE_NAME));
  }
}
