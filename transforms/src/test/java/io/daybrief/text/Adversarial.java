package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * 1 MB hostile inputs, and a check that a stage takes about as long on them as on 1 MB of news
 * text: a stage with a backtracking regex or a rescanning loop takes seconds to hours here.
 */
final class Adversarial {
  static final int SIZE = 1 << 20;

  /** Generous: the point is to catch quadratic behaviour, not to benchmark. */
  private static final int MAX_RATIO = 20;

  /** Absorbs timer granularity and a stray GC pause when a stage takes a few milliseconds. */
  private static final long SLACK_NANOS = Duration.ofMillis(50).toNanos();

  private static final int ATTEMPTS = 3;

  /** Only a backstop for a stage that never ends: the ratio above is the real check, and a busy machine slows the whole loop. */
  private static final Duration LIMIT = Duration.ofSeconds(120);

  /** Keeps the JIT from discarding a stage's work as unused. */
  private static volatile Object sink;

  private Adversarial() {}

  static Map<String, String> inputs() {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("dots", repeat("."));
    inputs.put("digits", repeat("0123456789"));
    inputs.put("quotes", repeat("\"'\u201C\u2019"));
    inputs.put("spaces", repeat(" "));
    inputs.put("acronyms", repeat("U.S."));
    inputs.put("spaced acronyms", repeat("U.S. "));
    inputs.put("sentence ends", repeat("A. "));
    inputs.put("no whitespace", repeat("Ukrainian"));
    inputs.put("parentheses", repeat("(new window"));
    inputs.put("page artifacts", repeat("(New Window)"));
    inputs.put("bullets", repeat("\u2022 "));
    inputs.put("short lines", repeat("Item 7 listed.\n"));
    inputs.put("blank lines", repeat("\n \r\n"));
    inputs.put("title case run", repeat("Home News Sport World "));
    return inputs;
  }

  /** About 1 MB of ordinary news paragraphs, one per line. */
  static String ordinaryText() {
    return repeat(Seeds.withoutHeader(Seeds.raw("001")).replace("\n\n", "\n"));
  }

  /** Fails when {@code stage} takes more than MAX_RATIO times as long on a hostile input as on ordinary text. */
  static void assertLinear(Function<String, ?> stage) {
    assertTimeoutPreemptively(LIMIT, () -> {
      String ordinary = ordinaryText();
      sink = stage.apply(ordinary.substring(0, SIZE / 16));
      long ordinaryNanos = Math.min(time(stage, ordinary), Math.min(time(stage, ordinary), time(stage, ordinary)));
      long bound = MAX_RATIO * ordinaryNanos + SLACK_NANOS;
      for (Map.Entry<String, String> input : inputs().entrySet()) {
        sink = stage.apply(input.getValue().substring(0, SIZE / 16));
        long hostileNanos = Long.MAX_VALUE;
        // A new input shape can send compiled code back to the interpreter for one run; a linear stage
        // is fast again on the next, a quadratic one never is.
        for (int attempt = 0; attempt < ATTEMPTS && hostileNanos > bound; attempt++) {
          hostileNanos = Math.min(hostileNanos, time(stage, input.getValue()));
        }
        long best = hostileNanos;
        assertTrue(best <= bound, () -> String.format("%s: %.1f ms against %.1f ms on ordinary text",
            input.getKey(), best / 1e6, ordinaryNanos / 1e6));
      }
    });
  }

  private static long time(Function<String, ?> stage, String input) {
    long start = System.nanoTime();
    sink = stage.apply(input);
    return System.nanoTime() - start;
  }

  private static String repeat(String unit) {
    return unit.repeat(SIZE / unit.length() + 1).substring(0, SIZE);
  }
}
