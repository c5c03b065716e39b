package io.daybrief.transforms;

import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Makes a run's output files visible together, once all of them are written: each staged file is
 * renamed over its final name, in the order of the final names (rejected.jsonl before
 * summaries.jsonl). A run that fails before this step leaves the previous outputs as they were.
 * Input: (final path, temporary path) pairs from {@link WriteSortedLines}. Output: the final
 * paths, once renamed.
 */
public final class CommitFiles extends PTransform<PCollection<KV<String, String>>, PCollection<String>> {

  @Override
  public PCollection<String> expand(PCollection<KV<String, String>> staged) {
    return staged
        .apply("CollectStagedFiles", Combine.globally(new WriteSortedLines.CollectLinesFn()))
        .apply("RenameFiles", ParDo.of(new RenameFilesFn()));
  }

  static final class RenameFilesFn extends DoFn<List<KV<String, String>>, String> {
    @ProcessElement
    public void process(@Element List<KV<String, String>> staged, OutputReceiver<String> out) throws IOException {
      StagedFiles.commit(staged);
      staged.forEach(file -> out.output(file.getKey()));
    }
  }
}
