package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A damaged archive state stops a run before any work: exit 2, one line on stderr naming the file,
 * the state and the output directory as they were. (scripts/test-hdfs runs the same cases on HDFS.)
 */
class DamagedStateTest {
  @TempDir
  static Path work;
  private static Path intact;

  /** What is done to the state; returns the file the error must name. */
  enum Damage {
    TRUNCATED_SEGMENT {
      @Override
      Path apply(Path state) throws IOException {
        Path segment = segment(state);
        byte[] bytes = Files.readAllBytes(segment);
        Files.write(segment, Arrays.copyOf(bytes, bytes.length - 10));
        return segment;
      }
    },
    FLIPPED_BIT {
      @Override
      Path apply(Path state) throws IOException {
        Path segment = segment(state);
        byte[] bytes = Files.readAllBytes(segment);
        bytes[bytes.length / 2] ^= 0x04;
        Files.write(segment, bytes);
        return segment;
      }
    },
    CURRENT_NAMES_A_MISSING_VERSION {
      @Override
      Path apply(Path state) throws IOException {
        Files.writeString(state.resolve("CURRENT"), "v000042\n");
        return state.resolve("CURRENT");
      }
    };

    abstract Path apply(Path state) throws IOException;

    /** The state's only segment: the seeds up to 2022-03-02 have that one date. */
    static Path segment(Path state) throws IOException {
      return state.resolve(Files.readString(state.resolve("CURRENT")).trim()).resolve("date=2022-03-02.seg.gz");
    }
  }

  @BeforeAll
  static void buildState() {
    intact = work.resolve("intact-state");
    Runs run = Runs.main("--input=" + Runs.SEEDS, "--output=" + work.resolve("first-out"), "--state=" + intact,
        "--to=2022-03-02", "--progressSeconds=0");
    assertEquals(0, run.exitCode(), run.toString());
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void aDamagedStateStopsTheRunBeforeAnyWork(Damage damage) throws IOException {
    Path state = work.resolve("state-" + damage);
    copy(intact, state);
    Path named = damage.apply(state);
    Map<String, String> before = files(state);
    Path out = work.resolve("out-" + damage);

    Runs run = Runs.main("--input=" + Runs.SEEDS, "--output=" + out, "--state=" + state, "--dates=2022-03-03",
        "--progressSeconds=0");

    assertEquals(Main.BAD_OPTIONS, run.exitCode(), run.toString());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains(named.toString()), run.err());
    assertEquals(before, files(state), "the state is left as it was");
    assertFalse(Files.exists(out.resolve("summaries.jsonl")), "no work was done");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  private static Map<String, String> files(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(directory.relativize(file).toString(), HexFormat.of().formatHex(Files.readAllBytes(file)));
      }
    }
    return files;
  }
}
