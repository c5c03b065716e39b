package io.daybrief.text;

import java.util.List;

/** Text to index terms: lower-cased, stop words removed, stemmed. Not thread-safe: one instance per DoFn. */
public final class TermAnalyzer implements AutoCloseable {

  /** Terms in text order, with repeats. */
  public List<String> terms(String text) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void close() {}
}
