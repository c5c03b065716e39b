package io.daybrief.text;

import java.util.List;

/** Splits a normalized paragraph into sentences. Not thread-safe: one instance per DoFn. */
public final class SentenceSplitter {

  /** Trimmed, non-empty sentences in order; their concatenation covers the paragraph's words. */
  public List<String> split(String paragraph) {
    throw new UnsupportedOperationException("stub");
  }
}
