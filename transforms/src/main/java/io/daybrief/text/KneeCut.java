package io.daybrief.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * news-tls's candidate cut for a date dated by report (its PM_Mean sentence collector, Gholipour
 * Ghalandari and Ifrim 2020): the date's vector is the mean of the unit vectors of the sentences
 * that name the date plus the mean of those of its articles' leads, over the terms both groups
 * have; every candidate whose cosine to it lies above the knee of the sorted cosines is kept. What
 * the day's reports and the day's own articles agree on is the day's news; a sentence that shares
 * nothing of it (a reader's aside, a lead of an unrelated story) is cut before the centroid is
 * built. The kept sentences are shorter and more central, which raises precision (measured:
 * docs/quality.md).
 */
public final class KneeCut {
  private KneeCut() {}

  /**
   * Which candidates are kept.
   *
   * @param vectors the candidates' TF-IDF vectors
   * @param named per candidate, whether it names the date (otherwise it is a lead of an article of
   *     the date or the day after)
   * @return per candidate, whether it is kept; all of them when one group is empty or nothing lies
   *     above the knee
   */
  public static boolean[] keep(List<TermVector> vectors, boolean[] named) {
    boolean[] all = new boolean[vectors.size()];
    Arrays.fill(all, true);
    int namedCount = 0;
    for (boolean n : named) {
      namedCount += n ? 1 : 0;
    }
    int leadCount = named.length - namedCount;
    if (namedCount == 0 || leadCount == 0) {
      return all;
    }
    Map<String, Double> namedSum = new HashMap<>();
    Map<String, Double> leadSum = new HashMap<>();
    for (int i = 0; i < vectors.size(); i++) {
      addUnit(vectors.get(i), named[i] ? namedSum : leadSum);
    }
    Map<String, Double> shared = new HashMap<>();
    int finalNamed = namedCount;
    namedSum.forEach((term, weight) -> {
      Double lead = leadSum.get(term);
      if (lead != null && lead != 0 && weight != 0) {
        shared.put(term, weight / finalNamed + lead / leadCount);
      }
    });
    TermVector date = TermVector.fromWeights(shared);
    double[] cosines = new double[vectors.size()];
    for (int i = 0; i < cosines.length; i++) {
      cosines[i] = vectors.get(i).cosine(date);
    }
    double threshold = kneeValue(cosines);
    boolean[] kept = new boolean[cosines.length];
    boolean any = false;
    for (int i = 0; i < cosines.length; i++) {
      kept[i] = cosines[i] > 0 && cosines[i] > threshold;
      any |= kept[i];
    }
    return any ? kept : all;
  }

  private static void addUnit(TermVector vector, Map<String, Double> sum) {
    double norm = vector.norm();
    if (norm > 0) {
      vector.forEach((term, weight) -> sum.merge(term, weight / norm, Double::sum));
    }
  }

  /**
   * The knee of {@code values} sorted from highest to lowest: the value farthest from the straight
   * line through the first and the last point (x = rank, y = value). news-tls reads the threshold
   * at the knee's rank from the unsorted array, an arbitrary value; the sorted one is meant.
   */
  static double kneeValue(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
      double swap = sorted[i];
      sorted[i] = sorted[j];
      sorted[j] = swap;
    }
    int n = sorted.length;
    if (n < 3) {
      return sorted[n - 1];
    }
    double dx = n - 1;
    double dy = sorted[n - 1] - sorted[0];
    double length = Math.sqrt(dx * dx + dy * dy);
    int best = 0;
    double bestDistance = -1;
    for (int i = 0; i < n; i++) {
      double distance = Math.abs(dy * i - dx * (sorted[i] - sorted[0])) / length;
      if (distance > bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return sorted[best];
  }
}
