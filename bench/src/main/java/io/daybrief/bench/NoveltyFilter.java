package io.daybrief.bench;

import io.daybrief.text.Fingerprints;
import io.daybrief.text.TextNormalizer;

/**
 * Remembers which paragraphs a corpus already has, by the canonical form the job's exact dedupe
 * compares, in a Bloom filter: a 1.6 GB corpus has ~15 M paragraphs, too many for a set of strings.
 * A false positive only makes the generator write another new paragraph instead.
 */
final class NoveltyFilter {
  private static final int HASHES = 7;
  private static final int BITS_PER_ITEM = 10;

  private final long[] bits;
  private final long mask;

  NoveltyFilter(long expectedItems) {
    long wanted = Math.max(1L << 20, expectedItems * BITS_PER_ITEM);
    long size = Long.highestOneBit(wanted - 1) << 1;
    bits = new long[(int) (size >>> 6)];
    mask = ((long) bits.length << 6) - 1;
  }

  static long fingerprint(String paragraph) {
    return Fingerprints.of(TextNormalizer.canonical(TextNormalizer.normalize(paragraph)));
  }

  /** Adds the paragraph; false when it (probably) was there already. */
  boolean add(long fingerprint) {
    long h1 = fingerprint;
    long h2 = Fingerprints.mix(fingerprint) | 1;
    boolean added = false;
    for (int i = 0; i < HASHES; i++) {
      long bit = (h1 + i * h2) & mask;
      long word = bits[(int) (bit >>> 6)];
      long flag = 1L << (bit & 63);
      if ((word & flag) == 0) {
        bits[(int) (bit >>> 6)] = word | flag;
        added = true;
      }
    }
    return added;
  }
}
