package io.daybrief.pipeline;

import io.daybrief.storage.Storage;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A lock file in an output or state directory, so that two runs cannot interleave their writes. It
 * is created atomically (the create fails if it exists) and holds the owner's pid, host, start time
 * and run id. A lock left by a run that was killed is stale when it names this host and a process
 * that no longer runs (or a newer process with a reused pid): it is removed with a warning. A lock
 * of a live run, or of another host, stops the run with {@link LockedException}.
 */
final class RunLock implements AutoCloseable {
  static final String FILE_NAME = ".daybrief.lock";

  private final Storage storage;
  private final String file;
  private final String content;

  private RunLock(Storage storage, String file, String content) {
    this.storage = storage;
    this.file = file;
    this.content = content;
  }

  /** A second run on a directory in use: nothing was read or written. */
  static final class LockedException extends RuntimeException {
    LockedException(String message) {
      super(message);
    }
  }

  /**
   * Takes the lock of {@code directory} (created if missing) for run {@code runId}.
   *
   * @param what "output" or "state", for the messages
   * @throws LockedException when another run holds it
   */
  static RunLock acquire(Path directory, String what, String runId, PrintStream err) throws IOException {
    return acquire(directory.toString(), what, runId, err);
  }

  /** As {@link #acquire(Path, String, String, PrintStream)}, for a local or an {@code hdfs://} directory. */
  static RunLock acquire(String directory, String what, String runId, PrintStream err) throws IOException {
    Storage storage = Storage.of(directory);
    storage.createDirectories(directory);
    String file = storage.resolve(directory, FILE_NAME);
    ProcessHandle self = ProcessHandle.current();
    String content = "pid=" + self.pid() + "\nhost=" + hostName() + "\nstarted=" + Instant.now() + "\nrun=" + runId + "\n";
    for (int attempt = 0; attempt < 2; attempt++) {
      if (storage.createIfAbsent(file, content.getBytes(StandardCharsets.UTF_8))) {
        return new RunLock(storage, file, content);
      }
      Map<String, String> holder = read(storage, file);
      if (holder == null) {
        continue;
      }
      String who = "pid " + holder.getOrDefault("pid", "?") + " on " + holder.getOrDefault("host", "?")
          + ", started " + holder.getOrDefault("started", "?");
      if (!isStale(holder)) {
        throw new LockedException("the " + what + " directory " + directory + " is in use by another run (" + who
            + "): wait for it to end; if no such run is alive, remove " + file);
      }
      err.println("daybrief: removed a stale lock of the " + what + " directory left by a run that no longer runs ("
          + who + "): " + file);
      storage.deleteIfExists(file);
    }
    throw new LockedException("the " + what + " directory " + directory + " is locked by " + file + ", which keeps changing");
  }

  /** Removes the lock if it is still this run's. */
  @Override
  public void close() throws IOException {
    try {
      if (content.equals(storage.readString(file))) {
        storage.deleteIfExists(file);
      }
    } catch (NoSuchFileException e) {
      // Removed by hand: nothing left to release.
    }
  }

  private static Map<String, String> read(Storage storage, String file) throws IOException {
    try {
      Map<String, String> fields = new HashMap<>();
      for (String line : storage.readString(file).split("\n")) {
        int equals = line.indexOf('=');
        if (equals > 0) {
          fields.put(line.substring(0, equals), line.substring(equals + 1));
        }
      }
      return fields;
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Only a lock of this host can be judged: another host's process cannot be seen from here. */
  static boolean isStale(Map<String, String> holder) {
    if (!hostName().equals(holder.get("host"))) {
      return false;
    }
    long pid;
    Instant started;
    try {
      pid = Long.parseLong(holder.getOrDefault("pid", ""));
      started = Instant.parse(holder.getOrDefault("started", ""));
    } catch (NumberFormatException | DateTimeParseException e) {
      // A lock file written half (killed between create and write) names nobody.
      return true;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return true;
    }
    Optional<Instant> processStart = process.get().info().startInstant();
    // A process that started after the lock was taken reuses the pid of the run that took it.
    return processStart.isPresent() && processStart.get().isAfter(started.plusSeconds(1));
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
    }
  }
}
