package io.daybrief.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/** Local file globs such as {@code ../shared/eval/timeline17-dev/*}{@code /docs.jsonl}, expanded in a stable order. */
final class Globs {
  private Globs() {}

  /** Matching regular files sorted by path, so that a generator reads its source in the same order on every machine. */
  static List<Path> expand(String glob) {
    Path pattern = Path.of(glob).toAbsolutePath().normalize();
    Path base = pattern.getRoot();
    int literalParts = 0;
    for (Path part : pattern) {
      if (hasWildcard(part.toString())) {
        break;
      }
      base = base.resolve(part);
      literalParts++;
    }
    if (literalParts == pattern.getNameCount()) {
      return Files.isRegularFile(pattern) ? List.of(pattern) : List.of();
    }
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    int depth = glob.contains("**") ? Integer.MAX_VALUE : pattern.getNameCount() - literalParts;
    try (Stream<Path> files = Files.walk(base, depth)) {
      return files.filter(Files::isRegularFile).filter(matcher::matches).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + base, e);
    }
  }

  private static boolean hasWildcard(String part) {
    return part.indexOf('*') >= 0 || part.indexOf('?') >= 0 || part.indexOf('[') >= 0 || part.indexOf('{') >= 0;
  }
}
