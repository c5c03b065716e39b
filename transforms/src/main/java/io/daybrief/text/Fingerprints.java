package io.daybrief.text;

/** Stable 64-bit hashes (same value on every JVM and run). */
public final class Fingerprints {
  private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Fingerprints() {}

  /**
   * 64-bit hash of a string's UTF-16 content; never depends on String.hashCode.
   *
   * <p>FNV-1a over the UTF-16LE bytes, then MurmurHash3's fmix64: FNV alone leaves the high bits
   * weakly mixed for short inputs, and callers take bands and shards from any bits.
   */
  public static long of(String text) {
    long hash = FNV_OFFSET_BASIS;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      hash = (hash ^ (c & 0xff)) * FNV_PRIME;
      hash = (hash ^ (c >>> 8)) * FNV_PRIME;
    }
    return fmix64(hash);
  }

  private static long fmix64(long value) {
    long mixed = value;
    mixed ^= mixed >>> 33;
    mixed *= 0xff51afd7ed558ccdL;
    mixed ^= mixed >>> 33;
    mixed *= 0xc4ceb9fe1a85ec53L;
    mixed ^= mixed >>> 33;
    return mixed;
  }
}
