package io.daybrief.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
  /** The terms' ranks in {@link #dictionary}; null for a vector built without one. */
  private final int[] ranks;
  private final Dictionary dictionary;
  private final double norm;

  private TermVector(String[] terms, double[] weights) {
    this(terms, weights, null, null);
  }

  private TermVector(String[] terms, double[] weights, int[] ranks, Dictionary dictionary) {
    this.terms = terms;
    this.weights = weights;
    this.ranks = ranks;
    this.dictionary = dictionary;
    double sumOfSquares = 0;
    for (double w : weights) {
      sumOfSquares += w * w;
    }
    this.norm = Math.sqrt(sumOfSquares);
  }

  /** Term frequency times {@code weight(term)}, for the terms as they occur (with repeats). */
  public static TermVector weighted(List<String> occurrences, ToDoubleFunction<String> weight) {
    return new Dictionary(occurrences, weight).weighted(occurrences);
  }

  /**
   * The terms of one date, sorted once with their weights: a date builds a vector per document and
   * per sentence, and sorting each one's strings and looking up each occurrence's weight was most
   * of the summary's time. Vectors built here have the same terms, weights and norms, to the bit,
   * as {@link TermVector#weighted} gives.
   */
  public static final class Dictionary {
    private final Map<String, Integer> ranks;
    private final String[] terms;
    private final double[] weights;

    /** @param terms every term the vectors will hold, repeats allowed; each term is weighed once */
    public Dictionary(Collection<String> terms, ToDoubleFunction<String> weight) {
      this.terms = new HashSet<>(terms).toArray(new String[0]);
      Arrays.sort(this.terms);
      this.ranks = new HashMap<>(this.terms.length * 2);
      this.weights = new double[this.terms.length];
      for (int i = 0; i < this.terms.length; i++) {
        ranks.put(this.terms[i], i);
        weights[i] = weight.applyAsDouble(this.terms[i]);
      }
    }

    /** The weight of a term of the dictionary. */
    public double weight(String term) {
      return weights[rank(term)];
    }

    /** Term frequency times weight; every occurrence must be a term of the dictionary. */
    public TermVector weighted(List<String> occurrences) {
      if (occurrences.isEmpty()) {
        return EMPTY;
      }
      int[] sorted = new int[occurrences.size()];
      for (int i = 0; i < sorted.length; i++) {
        sorted[i] = rank(occurrences.get(i));
      }
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          distinct++;
        }
      }
      String[] vectorTerms = new String[distinct];
      double[] vectorWeights = new double[distinct];
      int[] vectorRanks = new int[distinct];
      int n = -1;
      int count = 0;
      for (int i = 0; i <= sorted.length; i++) {
        if (i == sorted.length || (i > 0 && sorted[i] != sorted[i - 1])) {
          n++;
          vectorRanks[n] = sorted[i - 1];
          vectorTerms[n] = terms[sorted[i - 1]];
          vectorWeights[n] = count * weights[sorted[i - 1]];
          count = 0;
        }
        count++;
      }
      return new TermVector(vectorTerms, vectorWeights, vectorRanks, this);
    }

    /**
     * The sum of the vectors, each scaled to length 1 (vectors of length 0 left out); the vectors
     * must come from this dictionary. Each term's weights are added in the order of {@code vectors}.
     */
    public TermVector sumOfUnitVectors(List<TermVector> vectors) {
      double[] sum = new double[terms.length];
      boolean[] present = new boolean[terms.length];
      int size = 0;
      for (TermVector vector : vectors) {
        if (vector.norm() > 0) {
          for (int i = 0; i < vector.ranks.length; i++) {
            int rank = vector.ranks[i];
            if (!present[rank]) {
              present[rank] = true;
              size++;
            }
            sum[rank] += vector.weights[i] / vector.norm();
          }
        }
      }
      if (size == 0) {
        return EMPTY;
      }
      String[] sumTerms = new String[size];
      double[] sumWeights = new double[size];
      int[] sumRanks = new int[size];
      int n = 0;
      for (int rank = 0; rank < terms.length; rank++) {
        if (present[rank]) {
          sumTerms[n] = terms[rank];
          sumWeights[n] = sum[rank];
          sumRanks[n] = rank;
          n++;
        }
      }
      return new TermVector(sumTerms, sumWeights, sumRanks, this);
    }

    private int rank(String term) {
      Integer rank = ranks.get(term);
      if (rank == null) {
        throw new IllegalArgumentException("not a term of the dictionary: " + term);
      }
      return rank;
    }
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

  /** This vector's weights on the terms {@code other} has; the others dropped. */
  public TermVector restrictedTo(TermVector other) {
    int size = 0;
    String[] keptTerms = new String[Math.min(terms.length, other.terms.length)];
    double[] keptWeights = new double[keptTerms.length];
    int j = 0;
    for (int i = 0; i < terms.length && j < other.terms.length; ) {
      int order = terms[i].compareTo(other.terms[j]);
      if (order == 0) {
        keptTerms[size] = terms[i];
        keptWeights[size++] = weights[i++];
        j++;
      } else if (order < 0) {
        i++;
      } else {
        j++;
      }
    }
    return size == 0 ? EMPTY : new TermVector(Arrays.copyOf(keptTerms, size), Arrays.copyOf(keptWeights, size));
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
    // Ranks of one dictionary order as its terms do: comparing ints visits the same matches in
    // the same order as comparing the strings, so the sum is the same to the last bit.
    boolean ranked = dictionary != null && dictionary == other.dictionary;
    if ((long) small.terms.length * SEARCH_RATIO < large.terms.length) {
      return ranked ? small.dotByRankSearch(large) : small.dotBySearch(large);
    }
    if (ranked) {
      return dotByRankMerge(other);
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

  private double dotByRankMerge(TermVector other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ranks.length && j < other.ranks.length) {
      if (ranks[i] == other.ranks[j]) {
        dot += weights[i++] * other.weights[j++];
      } else if (ranks[i] < other.ranks[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  private double dotByRankSearch(TermVector large) {
    double dot = 0;
    int from = 0;
    for (int i = 0; i < ranks.length && from < large.ranks.length; i++) {
      int found = Arrays.binarySearch(large.ranks, from, large.ranks.length, ranks[i]);
      if (found >= 0) {
        dot += weights[i] * large.weights[found];
        from = found + 1;
      } else {
        from = -found - 1;
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
