package io.daybrief.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes the large hostile inputs of the reliability tests, which are too big to commit. Sizes and
 * contents are fixed, so every run tests the same bytes:
 *
 * <ul>
 *   <li>{@code one-line-50mb.txt}: a 50 MiB article without a single line break (a dump, a
 *       minified page): over the default {@code --maxDocumentBytes}, rejected unread;
 *   <li>{@code 100k-lines.txt}: one article of 100,000 short distinct lines (a log, a list), dated
 *       2021-06-01: read and summarized;
 *   <li>{@code tiny/}: 10,000 files of one sentence each, dated 2021-06-02: read and summarized.
 * </ul>
 */
final class BigInputs {
  static final int SINGLE_LINE_BYTES = 50 << 20;
  static final int LINES = 100_000;
  static final int TINY_FILES = 10_000;
  private static final String[] WORDS = (
      "talks between the delegations resumed on friday officials said while shelling continued near "
      + "capital and refugees crossed into poland with aid convoys waiting at border").split(" ");

  private BigInputs() {}

  static void generate(Path directory) throws IOException {
    Files.createDirectories(directory);
    writeSingleLine(directory.resolve("one-line-50mb.txt"));
    writeManyLines(directory.resolve("100k-lines.txt"));
    writeTinyFiles(Files.createDirectories(directory.resolve("tiny")), TINY_FILES);
  }

  /** The first {@code count} of the tiny files alone. */
  static void writeTinyFiles(Path directory, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      Files.writeString(directory.resolve(String.format("tiny-%05d.txt", i)),
          " date 2021-06-02 Tiny article " + i + " says " + phrase(i, 8) + ".\n", StandardCharsets.UTF_8);
    }
  }

  private static void writeSingleLine(Path file) throws IOException {
    byte[] sentence = (" Capitalised " + phrase(7, 12) + ".").getBytes(StandardCharsets.US_ASCII);
    byte[] chunk = new byte[1 << 20];
    for (int i = 0; i < chunk.length; i++) {
      chunk[i] = sentence[i % sentence.length];
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(" date 2021-06-03".getBytes(StandardCharsets.US_ASCII));
      for (int written = 0; written < SINGLE_LINE_BYTES; written += chunk.length) {
        out.write(chunk);
      }
    }
  }

  private static void writeManyLines(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(" date 2021-06-01 A document of one hundred thousand short lines.\n");
      for (int i = 0; i < LINES; i++) {
        out.write("Line " + i + ": " + phrase(i, 6) + ".\n");
      }
    }
  }

  /** {@code length} words picked by a fixed arithmetic sequence: varied, and the same on every run. */
  private static String phrase(int seed, int length) {
    String[] words = new String[length];
    for (int i = 0; i < length; i++) {
      words[i] = WORDS[Math.floorMod(seed * 31 + i * 17 + seed / 7, WORDS.length)];
    }
    return String.join(" ", Arrays.asList(words));
  }
}
