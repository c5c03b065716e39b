package io.daybrief.transforms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Writes lines to one file, sorted by their keys (then by the line itself), under a temporary
 * name ({@link StagedFiles}): the file takes its final name only when {@link CommitFiles} renames
 * it, after every output of the run has been written. Input: (sort key, line) pairs; an empty
 * input writes an empty file. Output: one (final path, temporary path) pair.
 */
public final class WriteSortedLines extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
  private final String directory;
  private final String fileName;
  private final String runId;

  public WriteSortedLines(String directory, String fileName, String runId) {
    this.directory = directory;
    this.fileName = fileName;
    this.runId = runId;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> lines) {
    return lines
        .apply("CollectLines", Combine.globally(new CollectLinesFn()))
        .apply("StageFile", ParDo.of(new StageFileFn(directory, fileName, runId)));
  }

  static final class CollectLinesFn
      extends Combine.CombineFn<KV<String, String>, List<KV<String, String>>, List<KV<String, String>>> {
    private static final Comparator<KV<String, String>> ORDER =
        Comparator.comparing((KV<String, String> kv) -> kv.getKey()).thenComparing(KV::getValue);

    @Override
    public List<KV<String, String>> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public List<KV<String, String>> addInput(List<KV<String, String>> lines, KV<String, String> line) {
      lines.add(line);
      return lines;
    }

    @Override
    public List<KV<String, String>> mergeAccumulators(Iterable<List<KV<String, String>>> accumulators) {
      Iterator<List<KV<String, String>>> each = accumulators.iterator();
      List<KV<String, String>> merged = each.hasNext() ? each.next() : createAccumulator();
      while (each.hasNext()) {
        merged.addAll(each.next());
      }
      return merged;
    }

    @Override
    public List<KV<String, String>> extractOutput(List<KV<String, String>> lines) {
      List<KV<String, String>> sorted = new ArrayList<>(lines);
      sorted.sort(ORDER);
      return sorted;
    }

    @Override
    public Coder<List<KV<String, String>>> getAccumulatorCoder(
        CoderRegistry registry, Coder<KV<String, String>> inputCoder) {
      return ListCoder.of(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    }

    @Override
    public Coder<List<KV<String, String>>> getDefaultOutputCoder(
        CoderRegistry registry, Coder<KV<String, String>> inputCoder) {
      return ListCoder.of(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    }
  }

  static final class StageFileFn extends DoFn<List<KV<String, String>>, KV<String, String>> {
    private final String directory;
    private final String fileName;
    private final String runId;

    StageFileFn(String directory, String fileName, String runId) {
      this.directory = directory;
      this.fileName = fileName;
      this.runId = runId;
    }

    @ProcessElement
    public void process(@Element List<KV<String, String>> lines, OutputReceiver<KV<String, String>> out)
        throws IOException {
      ResourceId temporary = StagedFiles.temporary(directory, runId, fileName);
      try (OutputStream stream = Channels.newOutputStream(FileSystems.create(temporary, MimeTypes.TEXT))) {
        for (KV<String, String> line : lines) {
          stream.write(line.getValue().getBytes(StandardCharsets.UTF_8));
          stream.write('\n');
        }
      } catch (IOException | RuntimeException e) {
        try {
          FileSystems.delete(List.of(temporary), StandardMoveOptions.IGNORE_MISSING_FILES);
        } catch (IOException cleanup) {
          e.addSuppressed(cleanup);
        }
        throw e;
      }
      out.output(KV.of(StagedFiles.target(directory, fileName).toString(), temporary.toString()));
    }
  }
}
