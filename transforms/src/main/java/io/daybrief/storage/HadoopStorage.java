package io.daybrief.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * HDFS through Hadoop's own client. A rename over an existing file is HDFS's {@code rename2} with
 * {@code OVERWRITE}, one atomic NameNode operation (Beam's HadoopFileSystem deletes the target and
 * then renames: a reader could find no file in between); create-if-absent is a create without
 * overwrite, which the NameNode decides atomically. HDFS has no hard links.
 *
 * <p>The NameNode is the one the path names ({@code hdfs://host:port/...}); the configuration is
 * Hadoop's defaults plus {@code core-site.xml} and {@code hdfs-site.xml} of {@code HADOOP_CONF_DIR}
 * when that is set (for HA name services such as {@code hdfs://cluster/...}).
 */
final class HadoopStorage extends Storage {
  static final HadoopStorage INSTANCE = new HadoopStorage();

  private final Map<URI, FileContext> contexts = new ConcurrentHashMap<>();
  private volatile Configuration configuration;

  private HadoopStorage() {}

  @Override
  public Optional<String> weakerGuarantees() {
    return Optional.of("on HDFS a lock left by a killed run is taken over only when that run ran on this host;"
        + " a lock of another host stays until removed by hand");
  }


  private Configuration loadedConfiguration() {
    if (configuration == null) {
      Configuration loaded = new Configuration();
      String confDir = System.getenv("HADOOP_CONF_DIR");
      if (confDir != null && !confDir.isBlank()) {
        for (String file : List.of("core-site.xml", "hdfs-site.xml")) {
          java.nio.file.Path site = java.nio.file.Path.of(confDir, file);
          if (java.nio.file.Files.isRegularFile(site)) {
            loaded.addResource(new Path(site.toUri()));
          }
        }
      }
      configuration = loaded;
    }
    return configuration;
  }

  private FileSystem fileSystem(Path path) throws IOException {
    return path.getFileSystem(loadedConfiguration());
  }

  private FileContext context(Path path) throws IOException {
    URI uri = path.toUri();
    URI authority = URI.create(uri.getScheme() + "://" + (uri.getAuthority() == null ? "" : uri.getAuthority()) + "/");
    FileContext context = contexts.get(authority);
    if (context == null) {
      context = FileContext.getFileContext(authority, loadedConfiguration());
      contexts.put(authority, context);
    }
    return context;
  }

  private static Path path(String path) {
    return new Path(path);
  }

  @Override
  public String resolve(String directory, String name) {
    return new Path(path(directory), name).toString();
  }

  @Override
  public String fileName(String path) {
    return path(path).getName();
  }

  @Override
  public boolean exists(String path) throws IOException {
    Path file = path(path);
    return fileSystem(file).exists(file);
  }

  @Override
  public boolean isDirectory(String path) throws IOException {
    Path file = path(path);
    try {
      return fileSystem(file).getFileStatus(file).isDirectory();
    } catch (FileNotFoundException e) {
      return false;
    }
  }

  @Override
  public List<String> list(String directory) throws IOException {
    Path dir = path(directory);
    List<String> entries = new ArrayList<>();
    try {
      for (FileStatus status : fileSystem(dir).listStatus(dir)) {
        entries.add(status.getPath().toString());
      }
    } catch (FileNotFoundException e) {
      throw noSuchFile(directory, e);
    }
    entries.sort(Comparator.naturalOrder());
    return entries;
  }

  @Override
  public InputStream open(String path) throws IOException {
    Path file = path(path);
    try {
      return fileSystem(file).open(file);
    } catch (FileNotFoundException e) {
      throw noSuchFile(path, e);
    }
  }

  @Override
  public long size(String path) throws IOException {
    Path file = path(path);
    try {
      return fileSystem(file).getFileStatus(file).getLen();
    } catch (FileNotFoundException e) {
      throw noSuchFile(path, e);
    }
  }

  @Override
  public OutputStream create(String path) throws IOException {
    Path file = path(path);
    return fileSystem(file).create(file, true);
  }

  @Override
  public boolean createIfAbsent(String path, byte[] content) throws IOException {
    Path file = path(path);
    OutputStream out;
    try {
      out = fileSystem(file).create(file, false);
    } catch (FileAlreadyExistsException e) {
      return false;
    }
    try (out) {
      out.write(content);
    }
    return true;
  }

  @Override
  public void createDirectories(String directory) throws IOException {
    Path dir = path(directory);
    fileSystem(dir).mkdirs(dir);
  }

  @Override
  public void replace(String source, String target) throws IOException {
    Path from = path(source);
    try {
      context(from).rename(from, path(target), Options.Rename.OVERWRITE);
    } catch (FileNotFoundException e) {
      throw noSuchFile(source, e);
    }
  }

  @Override
  public void move(String source, String target) throws IOException {
    Path from = path(source);
    try {
      context(from).rename(from, path(target), Options.Rename.NONE);
    } catch (FileAlreadyExistsException e) {
      throw new java.nio.file.FileAlreadyExistsException(target);
    } catch (FileNotFoundException e) {
      throw noSuchFile(source, e);
    }
  }

  @Override
  public boolean link(String existing, String link) {
    return false;
  }

  @Override
  public boolean deleteIfExists(String path) throws IOException {
    Path file = path(path);
    return fileSystem(file).delete(file, false);
  }

  @Override
  public void deleteRecursively(String path) throws IOException {
    Path file = path(path);
    fileSystem(file).delete(file, true);
  }

  /** The same exception as for a local path, so callers handle a missing file once. */
  private static NoSuchFileException noSuchFile(String path, FileNotFoundException cause) {
    NoSuchFileException missing = new NoSuchFileException(path);
    missing.initCause(cause);
    return missing;
  }
}
