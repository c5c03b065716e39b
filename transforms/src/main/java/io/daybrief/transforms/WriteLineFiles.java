package io.daybrief.transforms;

import java.util.Locale;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.WriteFilesResult;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.windowing.AfterProcessingTime;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.transforms.windowing.Repeatedly;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Duration;

/**
 * Streaming output files: the lines that arrive within a short processing-time span go to one new
 * file, {@code <directory>/<prefix>-<pane>.jsonl} (the pane number counts up through the run),
 * written by Beam's windowed file writes (temporary file, then rename). Input: JSON lines. Output:
 * the write's result.
 *
 * <p>The global window with a processing-time trigger, not the dates' windows: a final summary
 * is emitted when its date's window expires, and a write in that window would drop it as late.
 */
public final class WriteLineFiles extends PTransform<PCollection<String>, WriteFilesResult<Void>> {
  private final String directory;
  private final String prefix;
  private final long flushMillis;

  /** @param flushMillis how long lines are gathered before a file is written */
  public WriteLineFiles(String directory, String prefix, long flushMillis) {
    this.directory = directory;
    this.prefix = prefix;
    this.flushMillis = flushMillis;
  }

  @Override
  public WriteFilesResult<Void> expand(PCollection<String> lines) {
    String name = prefix;
    return lines
        .apply("GatherLines", Window.<String>into(new GlobalWindows())
            .triggering(Repeatedly.forever(
                AfterProcessingTime.pastFirstElementInPane().plusDelayOf(Duration.millis(flushMillis))))
            .withAllowedLateness(Duration.ZERO)
            .discardingFiredPanes())
        .setCoder(StringUtf8Coder.of())
        .apply("WriteFiles", FileIO.<String>write()
            .via(TextIO.sink())
            .to(directory)
            .withNumShards(1)
            .withNaming((window, pane, numShards, shard, compression) ->
                String.format(Locale.ROOT, "%s-%06d.jsonl", name, pane.getIndex())));
  }
}
