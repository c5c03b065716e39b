package io.daybrief.text.warc;

/** What a WARC reader finds at an offset: a record, or a record it could not use and why. */
public sealed interface WarcEntry permits WarcRecord, WarcProblem {
  /**
   * Where the entry starts in the file: for {@code .warc.gz} the offset of its gzip member, for
   * {@code .warc} of its first byte. A split of the file reads the entries that start inside it.
   */
  long offset();
}
