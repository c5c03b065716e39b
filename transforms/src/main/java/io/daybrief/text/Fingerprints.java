package io.daybrief.text;

/** Stable 64-bit hashes (same value on every JVM and run). */
public final class Fingerprints {
  private Fingerprints() {}

  /** 64-bit hash of a string's UTF-16 content; never depends on String.hashCode. */
  public static long of(String text) {
    throw new UnsupportedOperationException("stub");
  }
}
