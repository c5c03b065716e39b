package io.daybrief.text;

/**
 * How many hash shards the dedupe and term groupings get for an input of a given size. Each shard
 * is one group that a worker holds while it processes it (Flink keeps a re-iterated group in the
 * heap), so a fixed count would let a group grow with the corpus: at 1.6 GB, 16 shards ran out of
 * a 3 GB heap. One shard per {@link #BYTES_PER_SHARD} of input keeps a group's size about the same
 * at any input size; the count never goes below the configured minimum, since the DirectRunner's
 * cost per distinct key is what a small input pays.
 */
public final class ShardCount {
  /** About 47,000 comparable sentences, 470,000 band entries and 150,000 candidate pairs per shard. */
  public static final long BYTES_PER_SHARD = 8L << 20;

  private ShardCount() {}

  public static int forInput(int minimum, long inputBytes) {
    long bySize = (Math.max(0, inputBytes) + BYTES_PER_SHARD - 1) / BYTES_PER_SHARD;
    return (int) Math.min(Integer.MAX_VALUE, Math.max(minimum, bySize));
  }
}
