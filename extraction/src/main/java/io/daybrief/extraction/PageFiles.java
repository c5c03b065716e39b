package io.daybrief.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** HTML page files as the benchmark names them: {@code <id>.html.gz}, {@code <id>.html}, {@code <id>.htm}. */
final class PageFiles {
  private static final List<String> SUFFIXES = List.of(".html.gz", ".htm.gz", ".html", ".htm");

  private PageFiles() {}

  /** The id of a page file, or null when the name is not a page's. */
  static String idOf(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : SUFFIXES) {
      if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return null;
  }

  /** The page files among the inputs, directories walked; in name order within a directory. */
  static List<Path> list(List<Path> inputs) throws IOException {
    List<Path> pages = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile).filter(p -> idOf(p) != null).sorted().forEach(pages::add);
        }
      } else if (Files.isRegularFile(input)) {
        pages.add(input);
      } else {
        throw new IOException("no such file or directory: " + input);
      }
    }
    return pages;
  }

  static byte[] read(Path file) throws IOException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(file);
  }
}
