package io.daybrief.transforms;

import io.daybrief.text.Fingerprints;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps fingerprints and terms to a number of shards. Groupings are keyed by shard, never by term or
 * fingerprint: the DirectRunner pays per distinct key, and a key count set by the input's size
 * (see {@link io.daybrief.text.ShardCount}), not by its vocabulary, keeps that cost small.
 */
final class Shards {
  private Shards() {}

  static int ofFingerprint(long fingerprint, int shards) {
    return (int) Math.floorMod(fingerprint, (long) shards);
  }

  static int ofTerm(String term, int shards) {
    return ofFingerprint(Fingerprints.of(term), shards);
  }

  /** Terms batched by their shard, so that one element per shard is emitted instead of one per term. */
  static Map<Integer, List<String>> groupTerms(Collection<String> terms, int shards) {
    Map<Integer, List<String>> byShard = new HashMap<>();
    for (String term : terms) {
      byShard.computeIfAbsent(ofTerm(term, shards), shard -> new ArrayList<>()).add(term);
    }
    return byShard;
  }
}
