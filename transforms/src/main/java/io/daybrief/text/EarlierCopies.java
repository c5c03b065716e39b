package io.daybrief.text;

import java.util.ArrayList;
import java.util.List;

/**
 * What makes a sentence a near copy of an earlier one: the one rule of the batch job's dedupe and
 * the streaming job's, so that both drop the same sentences. (Exact paragraph copies follow the
 * one rule of {@link LaterCopies}: every occurrence of a fingerprint but the earliest.)
 *
 * <p>Candidates come from buckets ({@link NearDuplicates#candidateKeys}: the LSH bands, and the
 * sentence's whole shingle set, so that an exact copy is found wherever it stands in the bands'
 * buckets). In a bucket whose members
 * are in the order date, document, paragraph, sentence, a member is compared with the bucket's
 * earliest member and the {@value #PRECEDING_PER_BUCKET} just before it: bounded work even for a
 * bucket of thousands (a phrase every article repeats), and a chain of copies still ends at its
 * first occurrence. It is a copy when {@link NearDuplicates#isCopy} holds for one of them.
 */
public final class EarlierCopies {
  /** A bucket member is compared with the bucket's earliest member and this many just before it. */
  public static final int PRECEDING_PER_BUCKET = 4;

  private final NearDuplicates near;

  public EarlierCopies(NearDuplicates.Settings settings) {
    this.near = new NearDuplicates(settings);
  }

  /**
   * The members that the member at {@code later} of a bucket is compared with, earliest first,
   * each once.
   *
   * @param bucket the bucket's members, in the order date, document, paragraph, sentence
   */
  public static <T> List<T> comparedWith(List<T> bucket, int later) {
    List<T> earlier = new ArrayList<>(PRECEDING_PER_BUCKET + 1);
    if (later <= 0) {
      return earlier;
    }
    earlier.add(bucket.get(0));
    for (int i = Math.max(1, later - PRECEDING_PER_BUCKET); i < later; i++) {
      earlier.add(bucket.get(i));
    }
    return earlier;
  }

  /** Whether a sentence with {@code shingles} copies one with {@code earlier}. */
  public boolean isCopy(int[] shingles, int[] earlier) {
    return near.isCopy(shingles, earlier);
  }

  /** Whether a sentence with {@code shingles} copies any of {@code earlier}. */
  public boolean isCopyOfAny(int[] shingles, List<int[]> earlier) {
    for (int[] candidate : earlier) {
      if (near.isCopy(shingles, candidate)) {
        return true;
      }
    }
    return false;
  }
}
