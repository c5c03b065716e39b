package io.daybrief.transforms;

import io.daybrief.storage.Storage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;

/**
 * A run's output files are first written under hidden temporary names in the output directory
 * ({@code .daybrief-<run>.<attempt>.<name>.tmp}) and then renamed over their final names, so that a
 * reader sees either the previous complete file or the new complete one. Temporary names carry
 * the run, so that the run can remove what it left behind, and a later run what a killed one did.
 */
public final class StagedFiles {
  private static final String PREFIX = ".daybrief-";
  private static final String SUFFIX = ".tmp";

  private StagedFiles() {}

  /** A new run id: it names the run's temporary files. */
  public static String newRunId() {
    return UUID.randomUUID().toString();
  }

  /**
   * A fresh temporary file for {@code fileName}. Every call gives another name: a retried task
   * never writes into the file of an attempt that may still be running.
   */
  static ResourceId temporary(String directory, String runId, String fileName) {
    String attempt = UUID.randomUUID().toString().substring(0, 8);
    return directory(directory)
        .resolve(PREFIX + runId + "." + attempt + "." + fileName + SUFFIX, StandardResolveOptions.RESOLVE_FILE);
  }

  static ResourceId target(String directory, String fileName) {
    return directory(directory).resolve(fileName, StandardResolveOptions.RESOLVE_FILE);
  }

  /**
   * Renames each staged file (final path, temporary path) over its final name, in the given order.
   * Safe to repeat after a partial attempt: a temporary file already renamed is skipped. On HDFS
   * through {@link Storage}: Beam's rename there deletes the final file before renaming, and would
   * leave a moment without it.
   */
  public static void commit(List<KV<String, String>> staged) throws IOException {
    for (KV<String, String> file : staged) {
      if (Storage.isHdfs(file.getKey())) {
        Storage storage = Storage.of(file.getKey());
        if (storage.exists(file.getValue())) {
          storage.replace(file.getValue(), file.getKey());
        }
        continue;
      }
      FileSystems.rename(
          List.of(FileSystems.matchNewResource(file.getValue(), false)),
          List.of(FileSystems.matchNewResource(file.getKey(), false)),
          StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }

  /** Writes one small file (the run report) the same way: temporary file, then rename. */
  public static void writeAtomically(String directory, String runId, String fileName, byte[] content)
      throws IOException {
    ResourceId temporary = temporary(directory, runId, fileName);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(temporary, MimeTypes.TEXT))) {
      out.write(content);
    }
    commit(List.of(KV.of(target(directory, fileName).toString(), temporary.toString())));
  }

  /**
   * Deletes the temporary files of run {@code runId} in {@code directory}, or of every run when
   * {@code runId} is null.
   *
   * @return how many were deleted
   */
  public static int deleteTemporaries(String directory, String runId) throws IOException {
    String pattern = directory(directory)
        .resolve(PREFIX + (runId == null ? "" : runId + ".") + "*" + SUFFIX, StandardResolveOptions.RESOLVE_FILE)
        .toString();
    MatchResult match = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
    if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
      return 0;
    }
    List<ResourceId> files = new ArrayList<>();
    match.metadata().forEach(file -> files.add(file.resourceId()));
    FileSystems.delete(files, StandardMoveOptions.IGNORE_MISSING_FILES);
    return files.size();
  }

  private static ResourceId directory(String directory) {
    return FileSystems.matchNewResource(directory, true);
  }
}
