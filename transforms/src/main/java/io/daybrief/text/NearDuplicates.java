package io.daybrief.text;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Near-duplicate sentences: MinHash over term bigrams, banded for locality-sensitive hashing,
 * and a Jaccard or containment check of the actual shingle sets for each candidate pair.
 *
 * <p>Shingles are bigrams of analyzed terms (stop words removed, stemmed), so function words and
 * inflections do not make unrelated sentences look alike. On the seed articles, syndicated copies
 * with small edits have Jaccard 0.68 to 0.92 and rewrites of the same facts at most 0.34; a
 * rewritten lead that keeps most of the earlier sentence is caught by containment instead.
 */
public final class NearDuplicates implements Serializable {

  /**
   * @param jaccard a pair at or above this Jaccard similarity is a copy
   * @param containment a pair whose overlap (shared shingles over the smaller set) reaches this is a copy
   * @param minShingles containment is only trusted when both sets have at least this many shingles
   * @param bands LSH bands: each is one grouping key per sentence
   * @param rows MinHash values per band: more rows make a band match rarer and stricter
   */
  public record Settings(double jaccard, double containment, int minShingles, int bands, int rows)
      implements Serializable {
    /** Measured on the seeds; a pair at Jaccard 0.5 becomes a candidate with probability 0.94. */
    public static final Settings DEFAULT = new Settings(0.5, 0.6, 8, 10, 2);
  }

  // Keeps set keys apart from band keys, which start from mix(band + 1).
  private static final long SET_KEY_SALT = 0x5E7C0DE5E7C0DE5L;

  private final Settings settings;
  private final long[] seeds;

  public NearDuplicates(Settings settings) {
    this.settings = settings;
    this.seeds = new long[settings.bands() * settings.rows()];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = Fingerprints.mix(0x9E3779B97F4A7C15L * (i + 1));
    }
  }

  public Settings settings() {
    return settings;
  }

  /** Sorted distinct hashes of the term bigrams; a single term is its own shingle. */
  public static int[] shingles(List<String> terms) {
    if (terms.isEmpty()) {
      return new int[0];
    }
    int[] hashes = new int[Math.max(1, terms.size() - 1)];
    if (terms.size() == 1) {
      hashes[0] = (int) Fingerprints.of(terms.get(0));
    }
    for (int i = 0; i + 1 < terms.size(); i++) {
      hashes[i] = (int) Fingerprints.ofJoined(terms.get(i), ' ', terms.get(i + 1));
    }
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[distinct - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return distinct == hashes.length ? hashes : Arrays.copyOf(hashes, distinct);
  }

  /** One key per band; two sentences that share any key are a candidate pair. Empty for no shingles. */
  public long[] bandKeys(int[] shingles) {
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] minimums = new long[seeds.length];
    Arrays.fill(minimums, Long.MAX_VALUE);
    for (int shingle : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long value = Fingerprints.mix(shingle ^ seeds[i]);
        if (value < minimums[i]) {
          minimums[i] = value;
        }
      }
    }
    long[] keys = new long[settings.bands()];
    for (int band = 0; band < keys.length; band++) {
      long key = Fingerprints.mix(band + 1L);
      for (int row = 0; row < settings.rows(); row++) {
        key = Fingerprints.mix(key ^ minimums[band * settings.rows() + row]);
      }
      keys[band] = key;
    }
    return keys;
  }

  /**
   * The keys under which a sentence looks for earlier copies: one per LSH band ({@link #bandKeys}),
   * then {@link #setKey} of its whole set. An exact copy shares every band with its original; the
   * set's own bucket pairs the two once, so that a band need not pair them again (see {@link
   * EarlierCopies}). Empty for no shingles.
   */
  public long[] candidateKeys(int[] shingles) {
    long[] bands = bandKeys(shingles);
    if (bands.length == 0) {
      return bands;
    }
    long[] keys = Arrays.copyOf(bands, bands.length + 1);
    keys[bands.length] = setKey(setHash(shingles));
    return keys;
  }

  /** The bucket key of the sentences whose shingle set has this {@link #setHash}. */
  public static long setKey(long setHash) {
    return Fingerprints.mix(setHash ^ SET_KEY_SALT);
  }

  /**
   * A 64-bit hash of a whole shingle set: two sentences with the same hash are exact copies (a
   * collision among the few members of an LSH bucket is about 2^-60 likely), whose verdict needs
   * no other candidate.
   */
  public static long setHash(int[] shingles) {
    long hash = Fingerprints.mix(shingles.length);
    for (int shingle : shingles) {
      hash = Fingerprints.mix(hash ^ (shingle & 0xFFFFFFFFL));
    }
    return hash;
  }

  /** Whether a sentence is a copy of an identical one (Jaccard 1): true unless the threshold is above 1. */
  public boolean identicalIsCopy() {
    return settings.jaccard() <= 1.0;
  }

  /**
   * The band keys that occur more than once, sorted (sorts {@code keys} in place): only sentences
   * that share a key can be a candidate pair, and most keys belong to one sentence.
   */
  public static long[] repeatedKeys(long[] keys) {
    Arrays.sort(keys);
    int repeated = 0;
    for (int i = 1; i < keys.length; i++) {
      // Written positions stay behind i - 1: each repeated key needs two entries before it is written.
      if (keys[i] == keys[i - 1] && (repeated == 0 || keys[repeated - 1] != keys[i])) {
        keys[repeated++] = keys[i];
      }
    }
    return Arrays.copyOf(keys, repeated);
  }

  public boolean isCopy(int[] later, int[] earlier) {
    if (jaccard(later, earlier) >= settings.jaccard()) {
      return true;
    }
    boolean bigEnough = Math.min(later.length, earlier.length) >= settings.minShingles();
    return bigEnough && overlap(later, earlier) >= settings.containment();
  }

  public static double jaccard(int[] a, int[] b) {
    int shared = shared(a, b);
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /** Shared shingles over the smaller set: 1 when one sentence is contained in the other. */
  public static double overlap(int[] a, int[] b) {
    int smaller = Math.min(a.length, b.length);
    return smaller == 0 ? 0 : (double) shared(a, b) / smaller;
  }

  private static int shared(int[] a, int[] b) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }
}
