package io.daybrief.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** An immutable sparse vector over terms, kept sorted by term so that dot products are a merge. */
public final class TermVector {
  private static final TermVector EMPTY = new TermVector(new String[0], new double[0]);
  /** Above this size ratio a binary search per term of the smaller vector beats a merge. */
  private static final int SEARCH_RATIO = 16;

  private final String[] terms;
  private final double[] weights;
  private final double norm;

  private TermVector(String[] terms, double[] weights) {
    this.terms = terms;
    this.weights = weights;
    double sumOfSquares = 0;
    for (double w : weights) {
      sumOfSquares += w * w;
    }
    this.norm = Math.sqrt(sumOfSquares);
  }

  /** Term frequency times {@code weight(term)}, for the terms as they occur (with repeats). */
  public static TermVector weighted(List<String> occurrences, ToDoubleFunction<String> weight) {
    return fromCounts(counts(occurrences), weight);
  }

  /** Raw counts, for accumulating. */
  public static Map<String, Integer> counts(List<String> occurrences) {
    Map<String, Integer> counts = new HashMap<>();
    for (String term : occurrences) {
      counts.merge(term, 1, Integer::sum);
    }
    return counts;
  }

  public static TermVector fromCounts(Map<String, Integer> counts, ToDoubleFunction<String> weight) {
    if (counts.isEmpty()) {
      return EMPTY;
    }
    String[] sorted = counts.keySet().toArray(new String[0]);
    Arrays.sort(sorted);
    double[] weights = new double[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      weights[i] = counts.get(sorted[i]) * weight.applyAsDouble(sorted[i]);
    }
    return new TermVector(sorted, weights);
  }

  /** A vector with the given weights (zero weights are kept; they add nothing to products). */
  public static TermVector fromWeights(Map<String, Double> weightsByTerm) {
    if (weightsByTerm.isEmpty()) {
      return EMPTY;
    }
    String[] sorted = weightsByTerm.keySet().toArray(new String[0]);
    Arrays.sort(sorted);
    double[] weights = new double[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      weights[i] = weightsByTerm.get(sorted[i]);
    }
    return new TermVector(sorted, weights);
  }

  /** Visits the terms in sorted order, so sums built from it are deterministic. */
  public void forEach(java.util.function.ObjDoubleConsumer<String> visitor) {
    for (int i = 0; i < terms.length; i++) {
      visitor.accept(terms[i], weights[i]);
    }
  }

  public int size() {
    return terms.length;
  }

  public double norm() {
    return norm;
  }

  public double sum() {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    return sum;
  }

  public double dot(TermVector other) {
    TermVector small = terms.length <= other.terms.length ? this : other;
    TermVector large = small == this ? other : this;
    // A sentence against its date's centroid: merging walks the centroid's whole vocabulary for
    // every sentence, which made a date of 100,000 one-line paragraphs quadratic. Searching for the
    // few terms of the sentence instead visits the same matches in the same order, so the sum is
    // the same to the last bit.
    if ((long) small.terms.length * SEARCH_RATIO < large.terms.length) {
      return small.dotBySearch(large);
    }
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      int order = terms[i].compareTo(other.terms[j]);
      if (order == 0) {
        dot += weights[i++] * other.weights[j++];
      } else if (order < 0) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  private double dotBySearch(TermVector large) {
    double dot = 0;
    int from = 0;
    for (int i = 0; i < terms.length && from < large.terms.length; i++) {
      int found = Arrays.binarySearch(large.terms, from, large.terms.length, terms[i]);
      if (found >= 0) {
        dot += weights[i] * large.weights[found];
        from = found + 1;
      } else {
        from = -found - 1;
      }
    }
    return dot;
  }

  /** 0 when either vector is empty. */
  public double cosine(TermVector other) {
    double denominator = norm * other.norm;
    return denominator == 0 ? 0 : dot(other) / denominator;
  }
}
