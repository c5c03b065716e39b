package io.daybrief.pipeline;

import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Which files the job reads, and the limits it reads them with. */
@Description("Which files the job reads, and the limits it reads them with.")
@HelpGroup("Input")
public interface InputOptions extends PipelineOptions {
  @Description("Input files: globs or directories on any Beam filesystem (repeat the option for several). "
      + "Formats by name: .txt or no extension (plain text), .jsonl (JSON Lines), either with .gz or .bz2.")
  @Validation.Required
  List<String> getInput();

  void setInput(List<String> value);

  @Description("Run even when an --input matches no file (its outputs are then empty). Without it such an input "
      + "is an error before any work. Also for inputs that only the Flink cluster, not this client, can see.")
  @Default.Boolean(false)
  boolean getAllowEmpty();

  void setAllowEmpty(boolean value);

  @Description("Plain-text files larger than this many bytes (after decompression) and JSON lines longer than "
      + "this are rejected unread: one huge file must not exhaust a worker's memory.")
  @Default.Integer(16 * 1024 * 1024)
  int getMaxDocumentBytes();

  void setMaxDocumentBytes(int value);
}
