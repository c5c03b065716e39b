package io.daybrief.text;

import java.util.List;

/**
 * Biased continuous LexRank (Erkan and Radev 2004; Otterbacher et al. 2005): a sentence is
 * central when sentences similar to it are central. A random walk follows TF-IDF cosines between
 * sentences and, with probability {@code 1 - damping}, jumps to a sentence drawn by its prior
 * score, so that centrality is measured among the sentences the prior already finds relevant.
 * Quadratic in the number of sentences: callers hand it a bounded pool.
 */
public final class LexRank {
  private static final int MAX_ITERATIONS = 200;
  private static final double TOLERANCE = 1e-12;

  private LexRank() {}

  /**
   * @param vectors the sentences' TF-IDF vectors
   * @param prior non-negative relevance of each sentence; all zero means uniform
   * @param damping the probability of following a similarity rather than jumping (0..1)
   * @return the walk's stationary probabilities, summing to 1
   */
  public static double[] rank(List<TermVector> vectors, double[] prior, double damping) {
    int n = vectors.size();
    if (n == 0) {
      return new double[0];
    }
    double[] jump = normalized(prior);
    // Row-normalized cosines without self-loops: a sentence's similarity to itself says nothing
    // about its centrality. A sentence similar to none jumps like the walker does.
    double[][] transition = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] row = new double[n];
      double total = 0;
      for (int j = 0; j < n; j++) {
        if (i != j) {
          row[j] = vectors.get(i).cosine(vectors.get(j));
          total += row[j];
        }
      }
      if (total > 0) {
        for (int j = 0; j < n; j++) {
          row[j] /= total;
        }
        transition[i] = row;
      }
    }
    double[] rank = jump.clone();
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        double[] out = transition[i] == null ? jump : transition[i];
        for (int j = 0; j < n; j++) {
          next[j] += damping * rank[i] * out[j];
        }
      }
      double change = 0;
      for (int j = 0; j < n; j++) {
        next[j] += (1 - damping) * jump[j];
        change += Math.abs(next[j] - rank[j]);
      }
      rank = next;
      if (change < TOLERANCE) {
        break;
      }
    }
    return rank;
  }

  private static double[] normalized(double[] prior) {
    double total = 0;
    for (double p : prior) {
      total += p;
    }
    double[] jump = new double[prior.length];
    for (int i = 0; i < prior.length; i++) {
      jump[i] = total > 0 ? prior[i] / total : 1.0 / prior.length;
    }
    return jump;
  }
}
