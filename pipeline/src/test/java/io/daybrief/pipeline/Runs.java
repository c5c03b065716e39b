package io.daybrief.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs the job the way the command line does ({@link Main#run}), capturing what it prints. */
record Runs(int exitCode, String out, String err) {
  static final Path SEEDS = Path.of("../fixtures/seeds");
  static final Path BAD = Path.of("../fixtures/bad");
  static final Path GOLDEN = Path.of("../fixtures/expected/seeds/summaries.jsonl");

  static Runs main(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode = Main.run(args,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Runs(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The names in a directory, sorted. */
  static List<String> listing(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the named files of {@code from} into {@code to}. */
  static void copy(Path from, Path to, List<String> names) throws IOException {
    Files.createDirectories(to);
    for (String name : names) {
      Files.copy(from.resolve(name), to.resolve(name));
    }
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
  }
}
