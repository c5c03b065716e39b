package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

  @Test
  void aSecondRunIsRefusedWhileTheFirstHoldsTheLock(@TempDir Path directory) throws IOException {
    try (RunLock first = RunLock.acquire(directory, "output", "run-1", errStream)) {
      RunLock.LockedException refused = assertThrows(RunLock.LockedException.class,
          () -> RunLock.acquire(directory, "output", "run-2", errStream));
      assertTrue(refused.getMessage().contains("is in use by another run (pid " + ProcessHandle.current().pid()),
          refused.getMessage());
      assertTrue(refused.getMessage().contains("remove " + directory.resolve(RunLock.FILE_NAME)), refused.getMessage());
    }
    assertFalse(Files.exists(directory.resolve(RunLock.FILE_NAME)), "released on close");
  }

  @Test
  void aStaleLockOfThisHostIsReportedAndRemoved(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve(RunLock.FILE_NAME),
        "pid=" + deadPid() + "\nhost=" + RunLock.hostName() + "\nstarted=2026-01-01T00:00:00Z\nrun=killed\n");
    try (RunLock lock = RunLock.acquire(directory, "state", "run-1", errStream)) {
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("removed a stale lock of the state directory"));
      assertTrue(Files.readString(directory.resolve(RunLock.FILE_NAME)).contains("run=run-1"));
    }
  }

  @Test
  void aLockOfAnotherHostIsNeverTakenOver(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve(RunLock.FILE_NAME),
        "pid=1\nhost=some-other-host.example\nstarted=" + Instant.now() + "\nrun=elsewhere\n");
    RunLock.LockedException refused = assertThrows(RunLock.LockedException.class,
        () -> RunLock.acquire(directory, "output", "run-1", errStream));
    assertTrue(refused.getMessage().contains("some-other-host.example"), refused.getMessage());
  }

  @Test
  void aSecondRunOfTheJobExitsWithItsOwnStatus(@TempDir Path out) throws IOException {
    try (RunLock held = RunLock.acquire(out, "output", "other-run", errStream)) {
      Runs second = Runs.main("--input=" + Runs.SEEDS, "--output=" + out);
      assertEquals(Main.LOCKED, second.exitCode(), second.toString());
      assertEquals(1, second.err().lines().count(), second.err());
      assertTrue(second.err().startsWith("daybrief: the output directory " + out + " is in use by another run"), second.err());
      assertFalse(Files.exists(out.resolve("summaries.jsonl")));
    }
  }

  /** A pid that no process has: that of a process that has ended. */
  private static long deadPid() throws IOException {
    Process process = new ProcessBuilder("true").start();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return process.pid();
  }
}
