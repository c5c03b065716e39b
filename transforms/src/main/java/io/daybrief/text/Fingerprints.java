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
    return mix(fnv(FNV_OFFSET_BASIS, text));
  }

  /** Equal to {@code of(first + separator + second)}, without building that string (shingles are hashed by the million). */
  public static long ofJoined(String first, char separator, String second) {
    return mix(fnv(fnv(fnv(FNV_OFFSET_BASIS, first), separator), second));
  }

  private static long fnv(long hash, String text) {
    long h = hash;
    for (int i = 0; i < text.length(); i++) {
      h = fnv(h, text.charAt(i));
    }
    return h;
  }

  private static long fnv(long hash, char c) {
    long h = (hash ^ (c & 0xff)) * FNV_PRIME;
    return (h ^ (c >>> 8)) * FNV_PRIME;
  }

  /** MurmurHash3's 64-bit finalizer: a bijection that spreads every input bit over every output bit. */
  public static long mix(long value) {
    long mixed = value;
    mixed ^= mixed >>> 33;
    mixed *= 0xff51afd7ed558ccdL;
    mixed ^= mixed >>> 33;
    mixed *= 0xc4ceb9fe1a85ec53L;
    mixed ^= mixed >>> 33;
    return mixed;
  }
}
