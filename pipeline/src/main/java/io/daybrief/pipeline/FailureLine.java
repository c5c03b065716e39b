package io.daybrief.pipeline;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A failed run's reason on one line, for a scheduler's log. Running out of memory gets a line of
 * its own: runners bury it under their own exceptions (the DirectRunner's "Self-suppression not
 * permitted", Flink's serialized task failures), where a user would not find what to change.
 */
final class FailureLine {
  private static final long MB = 1 << 20;

  private FailureLine() {}

  /** Out of memory, else the root cause and the exception around it when that says more, on one line. */
  static String of(Throwable e) {
    return outOfMemory(e).map(what -> outOfMemoryLine(what, Runtime.getRuntime().maxMemory())).orElseGet(() -> rootCause(e));
  }

  /** The out-of-memory error anywhere among the causes and suppressed exceptions, also one a cluster serialized. */
  static Optional<String> outOfMemory(Throwable e) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> pending = new ArrayDeque<>();
    pending.add(e);
    while (!pending.isEmpty()) {
      Throwable t = pending.removeFirst();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof OutOfMemoryError || String.valueOf(t).contains("java.lang.OutOfMemoryError")) {
        String text = String.valueOf(t.getMessage());
        return Optional.of(text.contains("Java heap space") || t.getMessage() == null ? "Java heap space" : oneLine(text));
      }
      if (t.getCause() != null) {
        pending.add(t.getCause());
      }
      Collections.addAll(pending, t.getSuppressed());
    }
    return Optional.empty();
  }

  /** @param maxHeapBytes the heap of the JVM that ran out, when it is this one */
  static String outOfMemoryLine(String what, long maxHeapBytes) {
    return String.format(Locale.ROOT, "out of memory (%s) with a heap of %d MB: give the JVM more, e.g. "
        + "DAYBRIEF_JAVA_OPTS=-Xmx%dg scripts/summarize ..., or run on Flink (--runner=FlinkRunner), which "
        + "sorts large groupings on disk", what, maxHeapBytes / MB, Math.max(2, 2 * ((maxHeapBytes + (1L << 30) - 1) >> 30)));
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    boolean wrapperAddsNothing = root == e || String.valueOf(e.getMessage()).contains(String.valueOf(root.getMessage()));
    return oneLine(wrapperAddsNothing ? root.toString() : e + "; cause: " + root);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ");
  }
}
