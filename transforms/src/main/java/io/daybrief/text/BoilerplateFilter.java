package io.daybrief.text;

import java.util.List;

/** Decides which normalized blocks of one document are boilerplate. Thread-confined, cheap to create. */
public final class BoilerplateFilter {

  /**
   * One entry per block: null to keep it, else the name of the rule that dropped it (a short
   * lower-case-hyphenated name, one of {@link #ruleNames()}).
   */
  public List<String> classify(List<String> normalizedBlocks) {
    throw new UnsupportedOperationException("stub");
  }

  /** Every rule name classify can return, for counters. */
  public static List<String> ruleNames() {
    throw new UnsupportedOperationException("stub");
  }
}
