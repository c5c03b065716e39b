package io.daybrief.transforms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Writes lines to one file, sorted by their keys (then by the line itself), replacing the file
 * atomically: the lines go to a hidden temporary file that is then renamed over the target, so a
 * failed run never leaves a partial file where a good one was. Input: (sort key, line) pairs; an
 * empty input writes an empty file. Output: the path written.
 */
public final class WriteSortedLines extends PTransform<PCollection<KV<String, String>>, PCollection<String>> {
  private final String directory;
  private final String fileName;

  public WriteSortedLines(String directory, String fileName) {
    this.directory = directory;
    this.fileName = fileName;
  }

  @Override
  public PCollection<String> expand(PCollection<KV<String, String>> lines) {
    return lines
        .apply("CollectLines", Combine.globally(new CollectLinesFn()))
        .apply("WriteFile", ParDo.of(new WriteFileFn(directory, fileName)));
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

  static final class WriteFileFn extends DoFn<List<KV<String, String>>, String> {
    private final String directory;
    private final String fileName;

    WriteFileFn(String directory, String fileName) {
      this.directory = directory;
      this.fileName = fileName;
    }

    @ProcessElement
    public void process(@Element List<KV<String, String>> lines, OutputReceiver<String> out) throws IOException {
      ResourceId dir = FileSystems.matchNewResource(directory, true);
      ResourceId target = dir.resolve(fileName, StandardResolveOptions.RESOLVE_FILE);
      ResourceId temporary =
          dir.resolve("." + fileName + ".tmp-" + UUID.randomUUID(), StandardResolveOptions.RESOLVE_FILE);
      try (OutputStream stream = Channels.newOutputStream(FileSystems.create(temporary, MimeTypes.TEXT))) {
        for (KV<String, String> line : lines) {
          stream.write(line.getValue().getBytes(StandardCharsets.UTF_8));
          stream.write('\n');
        }
      }
      FileSystems.rename(List.of(temporary), List.of(target), StandardMoveOptions.IGNORE_MISSING_FILES);
      out.output(target.toString());
    }
  }
}
