package io.daybrief.transforms;

import io.daybrief.text.Fingerprints;

/**
 * Maps fingerprints and terms to a fixed number of shards. Groupings are keyed by shard, never by
 * term or fingerprint: the DirectRunner pays per distinct key, and a fixed key count keeps every
 * runner's grouping cost independent of vocabulary size.
 */
final class Shards {
  private Shards() {}

  static int ofFingerprint(long fingerprint, int shards) {
    return (int) Math.floorMod(fingerprint, (long) shards);
  }

  static int ofTerm(String term, int shards) {
    return ofFingerprint(Fingerprints.of(term), shards);
  }
}
