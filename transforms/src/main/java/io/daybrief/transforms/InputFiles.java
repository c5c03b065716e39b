package io.daybrief.transforms;

import io.daybrief.storage.Storage;
import io.daybrief.text.DateFilter;
import io.daybrief.text.PathDates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult.Metadata;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Which files the inputs name, on any Beam filesystem: the one listing rule of the batch reader
 * ({@link ReadDocuments}), the streaming watch ({@link WatchedFilesSource}), the client's checks
 * before a run and the run manifest. Needs {@link FileSystems#setDefaultPipelineOptions} for other
 * file systems than the local one.
 */
public final class InputFiles {
  private InputFiles() {}

  /** A directory stands for every file below it; anything else is used as written. */
  public static String asPattern(String input) {
    if (input.endsWith("/")) {
      return input + "**";
    }
    if (Storage.isHdfs(input) && !hasWildcard(input)) {
      try {
        if (Storage.of(input).isDirectory(input)) {
          return input + "/**";
        }
      } catch (IOException e) {
        return input;
      }
    }
    if (!input.contains("://") && !hasWildcard(input)) {
      try {
        if (Files.isDirectory(Path.of(input))) {
          return input + "/**";
        }
      } catch (InvalidPathException e) {
        return input;
      }
    }
    return input;
  }

  /** The files a pattern matches, in the order listed, without the directories. */
  public static List<Metadata> match(String pattern) throws IOException {
    if (isMissingLocalFile(pattern)) {
      return List.of();
    }
    MatchResult result = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
    return result.status() == MatchResult.Status.NOT_FOUND ? List.of() : result.metadata();
  }

  /** The files an input (glob or directory) matches: for the run manifest. */
  public static List<Metadata> matchedFiles(String input) throws IOException {
    return match(asPattern(input));
  }

  /**
   * The inputs that match no file at all, checked before a job starts so that a mistyped path is
   * an error rather than an empty result.
   */
  public static List<String> unmatched(List<String> inputs) throws IOException {
    List<String> unmatched = new ArrayList<>();
    for (String input : inputs) {
      if (matchedFiles(input).isEmpty()) {
        unmatched.add(input);
      }
    }
    return unmatched;
  }

  /** Total size of the files the inputs match (a file matched twice counts twice): sizes the shard counts. */
  public static long totalBytes(List<String> inputs) throws IOException {
    long bytes = 0;
    for (String input : inputs) {
      for (Metadata file : matchedFiles(input)) {
        bytes += file.sizeBytes();
      }
    }
    return bytes;
  }

  /** Whether a file of this path is read under {@code dates} (null: every file). */
  public static boolean inSelectedPartition(String path, DateFilter dates) {
    return dates == null || PathDates.of(path).map(dates::accepts).orElse(true);
  }

  /** Hidden files, markers such as _SUCCESS, and our own temporary files are not articles. */
  public static boolean isHidden(String name) {
    return name == null || name.startsWith(".") || name.startsWith("_");
  }

  private static boolean hasWildcard(String input) {
    return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0;
  }

  /**
   * Beam matches a local path that does not exist by walking the tree below its parent directory:
   * for "/missing" that is the whole file system. A plain path needs no walk to know it is not there.
   */
  private static boolean isMissingLocalFile(String pattern) {
    if (pattern.contains("://") || hasWildcard(pattern)) {
      return false;
    }
    try {
      return !Files.exists(Path.of(pattern));
    } catch (InvalidPathException e) {
      return true;
    }
  }
}
