package io.daybrief.pipeline;

import io.daybrief.storage.Storage;
import io.daybrief.text.ShardCount;
import io.daybrief.transforms.ArchiveStateDirectory;
import io.daybrief.transforms.InputFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.beam.sdk.io.FileSystems;

/**
 * The checks a run makes on the client before any work, shared by batch and streaming: a bad
 * option or an unusable path fails here in a second with a one-line reason naming it, not minutes
 * later on a worker.
 */
final class Preflight {
  private Preflight() {}

  /**
   * Batch: the options, that every input matches a file, the archive state and the output
   * directory; raises {@code --shards} to what the input's size needs (see {@link ShardCount}).
   *
   * @throws IllegalArgumentException a bad option, with a one-line reason naming it
   * @throws IOException when the inputs cannot be listed at all
   */
  static JobSettings batch(SummarizeOptions options) throws IOException {
    JobSettings settings = JobSettings.from(options);
    FileSystems.setDefaultPipelineOptions(options);
    if (!options.getAllowEmpty()) {
      List<String> unmatched = InputFiles.unmatched(settings.inputs());
      if (!unmatched.isEmpty()) {
        throw new IllegalArgumentException("--input "
            + unmatched.stream().map(input -> "'" + input + "'").collect(Collectors.joining(", "))
            + (unmatched.size() == 1 ? " matches" : " match") + " no file (--allowEmpty to run anyway)");
      }
    }
    int shards = ShardCount.forInput(options.getShards(), InputFiles.totalBytes(settings.inputs()));
    if (shards != options.getShards()) {
      options.setShards(shards);
      settings = JobSettings.from(options);
    }
    if (settings.state() != null) {
      checkState(settings);
      checkRewriteDays(settings);
    }
    createLocalOutputDirectory(settings.output());
    return settings;
  }

  /** Which sentences have shingle sets depends on --minSentenceWords: a state of another value would dedupe differently. */
  static void checkState(JobSettings settings) {
    Storage storage = Storage.of(settings.state());
    Optional<Integer> minWords;
    try {
      if (storage.exists(settings.state()) && !storage.isDirectory(settings.state())) {
        throw new IllegalArgumentException("--state '" + settings.state() + "': not a directory");
      }
      // Also verifies the state's current version: a damaged one stops the run here (exit 2).
      minWords = ArchiveStateDirectory.at(settings.state()).minSentenceWords();
    } catch (IOException e) {
      throw new IllegalArgumentException("--state '" + settings.state() + "': cannot be read (" + e.getMessage() + ")");
    }
    int wanted = settings.summarize().dedupe().minWords();
    if (minWords.isPresent() && minWords.get() != wanted) {
      throw new IllegalArgumentException("--minSentenceWords=" + wanted + " differs from the archive state's "
          + minWords.get() + " (" + settings.state() + "): use the state's value, or build a new --state with a full run");
    }

  }

  /**
   * A batch run writes the state: it must keep the text of as many dates as the runs that built it
   * summarize again (a stream only reads the counts and traces).
   */
  static void checkRewriteDays(JobSettings settings) {
    Optional<Integer> textDays;
    try {
      textDays = ArchiveStateDirectory.at(settings.state()).textDays();
    } catch (IOException e) {
      throw new IllegalArgumentException("--state '" + settings.state() + "': cannot be read (" + e.getMessage() + ")");
    }
    // The state keeps the text of as many dates as the runs that built it summarize again.
    if (textDays.isPresent() && textDays.get() != settings.rewriteDays()) {
      throw new IllegalArgumentException("--rewriteDays=" + settings.rewriteDays() + " (dating by "
          + (settings.summarize().reported() == null ? "publication" : "report") + ") differs from the archive state's "
          + textDays.get() + " (" + settings.state() + "): use the state's --dateBy and --rewriteDays, or build a new --state with a full run");
    }
  }

  /**
   * A wrong output path fails here, in a second, rather than when the job writes at its end. The
   * last check, so that any other bad option leaves nothing behind.
   */
  static void createLocalOutputDirectory(String output) {
    if (output.contains("://")) {
      return;
    }
    try {
      Files.createDirectories(Path.of(output));
    } catch (FileSystemException e) {
      String reason = e instanceof FileAlreadyExistsException ? "a file is in the way" : e.getReason();
      throw new IllegalArgumentException(
          "--output '" + output + "': cannot create the directory (" + e.getFile() + ": " + reason + ")");
    } catch (IOException | InvalidPathException e) {
      throw new IllegalArgumentException("--output '" + output + "': cannot create the directory (" + e + ")");
    }
  }
}
