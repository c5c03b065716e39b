package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailureLineTest {

  @Test
  void anOutOfMemoryErrorUnderTheRunnersExceptionsIsNamedWithWhatToDo() {
    // What the DirectRunner threw at 400 MB with -Xmx3g: the error hidden as the cause of another.
    IllegalArgumentException thrown =
        new IllegalArgumentException("Self-suppression not permitted", new OutOfMemoryError("Java heap space"));
    assertEquals(Optional.of("Java heap space"), FailureLine.outOfMemory(thrown));
    assertEquals("out of memory (Java heap space) with a heap of 3072 MB: give the JVM more, e.g. "
            + "DAYBRIEF_JAVA_OPTS=-Xmx6g scripts/summarize ..., or run on Flink (--runner=FlinkRunner), which "
            + "sorts large groupings on disk",
        FailureLine.outOfMemoryLine("Java heap space", 3L << 30));
    assertTrue(FailureLine.of(thrown).startsWith("out of memory (Java heap space) with a heap of "));
  }

  @Test
  void outOfMemoryIsFoundAmongSuppressedAndSerializedFailures() {
    RuntimeException failure = new RuntimeException("job failed", new IOException("bundle lost"));
    failure.getCause().addSuppressed(new OutOfMemoryError("GC overhead limit exceeded"));
    assertEquals(Optional.of("GC overhead limit exceeded"), FailureLine.outOfMemory(failure));

    // A Flink TaskManager's failure reaches the client as text inside another exception.
    RuntimeException remote = new RuntimeException("Job execution failed.",
        new RuntimeException("org.apache.flink.util.SerializedThrowable: java.lang.OutOfMemoryError: Java heap space"));
    assertEquals(Optional.of("Java heap space"), FailureLine.outOfMemory(remote));
  }

  @Test
  void otherFailuresGiveTheirRootCauseOnOneLine() {
    RuntimeException cycle = new RuntimeException("outer");
    IOException inner = new IOException("disk full\n  on /out");
    cycle.initCause(inner);
    inner.addSuppressed(cycle);
    assertEquals(Optional.empty(), FailureLine.outOfMemory(cycle));
    assertEquals("java.lang.RuntimeException: outer; cause: java.io.IOException: disk full on /out", FailureLine.of(cycle));
  }
}
