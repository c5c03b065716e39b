package io.daybrief.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The five seed articles of fixtures/seeds, read the way the pipeline reads them. */
final class Seeds {
  /** Surefire runs with the module directory as working directory. */
  private static final Path DIRECTORY = Path.of("..", "fixtures", "seeds");

  /** " date 2022-03-03 " before the first paragraph of a fixture file. */
  private static final int DATE_HEADER_LENGTH = " date YYYY-MM-DD ".length();

  private Seeds() {}

  static List<String> ids() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".txt"))
          .map(name -> name.substring(0, name.length() - ".txt".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The raw file content of the seed whose id starts with {@code prefix} ("003"). */
  static String raw(String prefix) {
    String id = ids().stream().filter(candidate -> candidate.startsWith(prefix)).findFirst().orElseThrow();
    try {
      return Files.readString(DIRECTORY.resolve(id + ".txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text without its " date YYYY-MM-DD " header, if it has one. */
  static String withoutHeader(String raw) {
    boolean hasHeader = raw.startsWith(" date ")
        && raw.length() >= DATE_HEADER_LENGTH
        && raw.charAt(DATE_HEADER_LENGTH - 1) == ' ';
    return hasHeader ? raw.substring(DATE_HEADER_LENGTH) : raw;
  }

  /** Non-blank lines, header stripped, normalized. */
  static List<String> blocks(String prefix) {
    List<String> blocks = new ArrayList<>();
    for (String line : withoutHeader(raw(prefix)).split("\n")) {
      if (!line.isBlank()) {
        blocks.add(TextNormalizer.normalize(line));
      }
    }
    return blocks;
  }

  /** The first normalized block of a seed that starts with {@code start}. */
  static String block(String prefix, String start) {
    return blocks(prefix).stream().filter(block -> block.startsWith(start)).findFirst().orElseThrow(
        () -> new AssertionError("seed " + prefix + " has no block starting with " + start));
  }
}
