package io.daybrief.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The file operations a run's bookkeeping needs — the archive state, the run lock, staged outputs and
 * date partitions — with the guarantees it relies on: a file replaced by an atomic rename, a file
 * created only if absent, a directory renamed atomically. Beam's {@code FileSystems} has none of
 * the three for HDFS (its rename deletes the target first), so these go to the file system's own
 * API: {@code java.nio} for local paths, Hadoop's {@code FileContext} for {@code hdfs://} ones.
 *
 * <p>Paths are strings as the user gave them: a local path, or {@code hdfs://host:port/path}.
 */
public abstract class Storage {
  Storage() {}

  /** The storage of {@code path}: HDFS for an {@code hdfs://} path, else the local file system. */
  public static Storage of(String path) {
    return isHdfs(path) ? HadoopStorage.INSTANCE : LocalStorage.INSTANCE;
  }

  /**
   * Whether {@link #of} can give the guarantees for {@code path}: a local path (no scheme) or an
   * {@code hdfs://} one. Others (say {@code s3://} through Beam) get no lock, partitions or manifest.
   */
  public static boolean supports(String path) {
    return !path.contains("://") || isHdfs(path);
  }

  public static boolean isHdfs(String path) {
    return path.regionMatches(true, 0, "hdfs://", 0, "hdfs://".length());
  }

  /**
   * What this storage guarantees less than a local file system, as a one-line warning for the run's
   * log; empty when nothing.
   */
  public abstract Optional<String> weakerGuarantees();

  /** {@code name} inside {@code directory}. */
  public abstract String resolve(String directory, String name);

  /** The last component of {@code path}. */
  public abstract String fileName(String path);

  public abstract boolean exists(String path) throws IOException;

  public abstract boolean isDirectory(String path) throws IOException;

  /**
   * The entries of a directory, as full paths, sorted by name.
   *
   * @throws java.nio.file.NoSuchFileException when the directory does not exist
   */
  public abstract List<String> list(String directory) throws IOException;

  /** @throws java.nio.file.NoSuchFileException when the file does not exist */
  public abstract InputStream open(String path) throws IOException;

  /** @throws java.nio.file.NoSuchFileException when the file does not exist */
  public abstract long size(String path) throws IOException;

  /** A new file, or one replacing what is there; the parent directories are created. */
  public abstract OutputStream create(String path) throws IOException;

  /**
   * Creates {@code path} with {@code content} unless it exists: atomically, so that of two
   * processes racing for it exactly one gets {@code true}.
   */
  public abstract boolean createIfAbsent(String path, byte[] content) throws IOException;

  public abstract void createDirectories(String directory) throws IOException;

  /** Renames the file {@code source} over {@code target}: a reader sees the old file or the new one. */
  public abstract void replace(String source, String target) throws IOException;

  /** Renames {@code source} (a file or directory) to {@code target}, which must not exist, atomically. */
  public abstract void move(String source, String target) throws IOException;

  /**
   * Makes {@code link} a second name of the file {@code existing} (a hard link), without copying.
   *
   * @return false when the storage has no hard links: the caller refers to {@code existing} instead
   */
  public abstract boolean link(String existing, String link) throws IOException;

  /** @return whether there was something to delete */
  public abstract boolean deleteIfExists(String path) throws IOException;

  /** Deletes a file, or a directory with everything in it; nothing when it does not exist. */
  public abstract void deleteRecursively(String path) throws IOException;

  public String readString(String path) throws IOException {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  public void writeString(String path, CharSequence content) throws IOException {
    try (OutputStream out = create(path)) {
      out.write(content.toString().getBytes(StandardCharsets.UTF_8));
    }
  }
}
