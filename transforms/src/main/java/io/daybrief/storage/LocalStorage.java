package io.daybrief.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A local or mounted file system, through {@code java.nio}. */
final class LocalStorage extends Storage {
  static final LocalStorage INSTANCE = new LocalStorage();

  private LocalStorage() {}

  @Override
  public Optional<String> weakerGuarantees() {
    return Optional.empty();
  }

  @Override
  public String resolve(String directory, String name) {
    return Path.of(directory).resolve(name).toString();
  }

  @Override
  public String fileName(String path) {
    return Path.of(path).getFileName().toString();
  }

  @Override
  public boolean exists(String path) {
    return Files.exists(Path.of(path));
  }

  @Override
  public boolean isDirectory(String path) {
    return Files.isDirectory(Path.of(path));
  }

  @Override
  public List<String> list(String directory) throws IOException {
    List<String> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(Path.of(directory))) {
      stream.forEach(entry -> entries.add(entry.toString()));
    }
    entries.sort(Comparator.naturalOrder());
    return entries;
  }

  @Override
  public InputStream open(String path) throws IOException {
    return Files.newInputStream(Path.of(path));
  }

  @Override
  public long size(String path) throws IOException {
    return Files.size(Path.of(path));
  }

  @Override
  public OutputStream create(String path) throws IOException {
    Path file = Path.of(path);
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    return Files.newOutputStream(file);
  }

  @Override
  public boolean createIfAbsent(String path, byte[] content) throws IOException {
    Path file;
    try {
      file = Files.createFile(Path.of(path));
    } catch (FileAlreadyExistsException e) {
      return false;
    }
    Files.write(file, content);
    return true;
  }

  @Override
  public void createDirectories(String directory) throws IOException {
    Files.createDirectories(Path.of(directory));
  }

  @Override
  public void replace(String source, String target) throws IOException {
    Files.move(Path.of(source), Path.of(target), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void move(String source, String target) throws IOException {
    Files.move(Path.of(source), Path.of(target), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Where the file system has no hard links (some mounts), a copy: segments are small and never change. */
  @Override
  public boolean link(String existing, String link) throws IOException {
    try {
      Files.createLink(Path.of(link), Path.of(existing));
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.copy(Path.of(existing), Path.of(link), StandardCopyOption.REPLACE_EXISTING);
    }
    return true;
  }

  @Override
  public boolean deleteIfExists(String path) throws IOException {
    return Files.deleteIfExists(Path.of(path));
  }

  @Override
  public void deleteRecursively(String path) throws IOException {
    Path root = Path.of(path);
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(each);
      }
    }
  }
}
